package org.crampcare.app.config;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.crampcare.knowledge.KnowledgeBase;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every answer carries, including those the framework gives before any controller runs: the security headers
 * on every response (a rejected address such as {@code //} or {@code %2e%2e}, {@code TRACE}, headers too large), and
 * Tomcat's own error answers replaced by a short page that still names the emergency number.
 */
@Configuration(proxyBeanMethods = false)
class WebServerConfig {
    static final String NOSNIFF = "nosniff";

    /** Before everything, on every dispatch (request and error): headers that Spring Security would also set. */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD,
                DispatcherType.ASYNC, DispatcherType.INCLUDE);
        return registration;
    }

    static final class SecurityHeaders extends OncePerRequestFilter {
        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            setSecurityHeaders(response);
            chain.doFilter(request, response);
        }
    }

    static void setSecurityHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", SecurityConfig.CSP);
        response.setHeader("X-Content-Type-Options", NOSNIFF);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    /** Kept pages are sent from in front of the servlet pipeline: see {@link PageCacheValve}. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> keptPagesBeforeTheFilters(PageCache cache) {
        return factory -> factory.addContextValves(new PageCacheValve(cache));
    }

    /** Tomcat's worker threads: see {@link WorkerPool}. */
    @Bean(destroyMethod = "shutdown")
    WorkerPool workerPool(@Value("${crampcare.web.running-threads:0}") int running,
            @Value("${server.tomcat.threads.max:200}") int max,
            @Value("${crampcare.web.stall-ms:20}") long stallMillis,
            @Value("${crampcare.web.long-stall-ms:250}") long longStallMillis) {
        int n = running > 0 ? running : 2 * Runtime.getRuntime().availableProcessors();
        return new WorkerPool(n, max, stallMillis, longStallMillis);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatWorkers(WorkerPool pool) {
        return factory -> factory.addProtocolHandlerCustomizers(handler -> handler.setExecutor(pool));
    }

    /** Tomcat answers some requests itself (a malformed address, headers too large): with our headers and page. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatErrorPages(CrampCareProperties properties,
            KnowledgeBase kb) {
        TomcatErrors.emergencyNumber = properties.emergencyNumber();
        TomcatErrors.disclaimer = kb.rules().disclaimer();
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(TomcatErrors.class.getName());
            }
        });
    }

    /** Tomcat's last-resort error answer: a short page, the security headers, no server details. */
    public static class TomcatErrors extends ErrorReportValve {
        static volatile String emergencyNumber = "112";
        static volatile String disclaimer = "CrampCare gives information, not a diagnosis.";

        public TomcatErrors() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                response.setHeader("Content-Security-Policy", SecurityConfig.CSP);
                response.setHeader("X-Content-Type-Options", NOSNIFF);
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("Referrer-Policy", "no-referrer");
                response.setHeader("Cache-Control", "no-store");
                response.setContentType("text/html;charset=UTF-8");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                String number = HtmlUtils.htmlEscape(emergencyNumber);
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Request not "
                            + "understood - CrampCare</title></head><body><p>Emergency? Call <a href=\"tel:" + number
                            + "\">" + number + "</a></p><h1>This request could not be understood (" + status
                            + ")</h1><p><a href=\"/first-aid\">First aid</a></p><p>" + HtmlUtils.htmlEscape(disclaimer)
                            + "</p></body></html>");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the answer was already sent: nothing more to say
            }
        }
    }

    /**
     * Pages are HTML whatever their address ends with: Thymeleaf would otherwise answer /library/x.json (a page that
     * does not exist) with the content type of a .json file.
     */
    @Bean
    static BeanPostProcessor htmlPagesAreHtml() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
                if (bean instanceof ThymeleafViewResolver resolver) {
                    resolver.setForceContentType(true);
                    resolver.setContentType("text/html;charset=UTF-8");
                }
                return bean;
            }
        };
    }
}
