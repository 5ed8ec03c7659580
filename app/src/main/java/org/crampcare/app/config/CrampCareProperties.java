package org.crampcare.app.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web application. {@code crampcare.emergency-number} comes from the environment variable
 * {@code CRAMPCARE_EMERGENCY_NUMBER} (default 112, the European emergency number).
 */
@ConfigurationProperties(prefix = "crampcare")
public record CrampCareProperties(@DefaultValue("112") String emergencyNumber) {
}
