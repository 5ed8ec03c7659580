package org.crampcare.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The CrampCare web application: first aid, assessment and library, over the core. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CrampCareApplication {

    public static void main(String[] args) {
        SpringApplication.run(CrampCareApplication.class, args);
    }
}
