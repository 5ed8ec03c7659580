package org.crampcare.app.config;

import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web application. {@code crampcare.emergency-number} comes from the environment variable
 * {@code CRAMPCARE_EMERGENCY_NUMBER} (default 112, the European emergency number); {@code crampcare.urgent-number}
 * from {@code CRAMPCARE_URGENT_NUMBER}, a same-day medical helpline (for example 111 in England); without one, urgent
 * results name "your doctor's surgery or urgent care".
 */
@ConfigurationProperties(prefix = "crampcare")
public record CrampCareProperties(@DefaultValue("112") String emergencyNumber, @DefaultValue("") String urgentNumber) {

    public Optional<String> urgentLine() {
        return urgentNumber == null || urgentNumber.isBlank() ? Optional.empty() : Optional.of(urgentNumber.strip());
    }
}
