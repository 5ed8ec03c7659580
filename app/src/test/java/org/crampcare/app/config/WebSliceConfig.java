package org.crampcare.app.config;

import org.crampcare.app.account.AccountSlice;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} slice needs beyond the controllers it names: the real security configuration (headers,
 * sign-in, CSRF, with the accounts' stores on an in-memory database: {@link AccountSlice}) with its filter in the same place as in the application (Spring Boot 4's MVC slice does not set
 * up web security by itself without spring-boot-security-test), the knowledge base with the core beans, and the
 * settings (emergency number). Import it with {@code @Import(WebSliceConfig.class)}; controller advice (the page
 * model, {@code ApiErrors}) is picked up by the slice itself.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfig.class, AccountSlice.class, KnowledgeConfig.class })
@ImportAutoConfiguration({ SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class })
@EnableConfigurationProperties(CrampCareProperties.class)
public class WebSliceConfig {
}
