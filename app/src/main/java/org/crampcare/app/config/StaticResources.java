package org.crampcare.app.config;

import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;


/**
 * CSS and scripts under content-versioned addresses: a page links {@code /css/app-<md5 of the file>.css}, so a new
 * deploy changes the address and no browser keeps a stale copy, and a versioned file can be kept a year, immutable.
 * The unversioned address still answers, revalidated every time ({@code no-cache}).
 *
 * <p>Only {@code /css/} and {@code /js/} links go through the resource chain, each looked up once and then taken from
 * a map: Spring Boot's own {@code ResourceUrlEncodingFilter} would look every link of every page ({@code /library},
 * {@code /first-aid/calf}, ...) up on the classpath on every request, and a miss is never cached. That lookup was
 * what made pages slow (docs/benchmarks.md).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {
    static final String[] DIRECTORIES = { "css", "js" };
    /** What {@link VersionResourceResolver}'s content strategy adds: a hyphen and 32 hex digits before the extension. */
    static final Pattern VERSIONED = Pattern.compile("/(?:css|js)/[^/]+-[0-9a-f]{32}\\.[a-z]+");
    static final String IMMUTABLE = "max-age=31536000, public, immutable";
    static final int MAX_LINKS = 256;

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String dir : DIRECTORIES) {
            // cache control is set by the filter below, which knows whether the address is versioned
            registry.addResourceHandler("/" + dir + "/**").addResourceLocations("classpath:/static/" + dir + "/")
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
    }

    @Bean
    AssetLinks assetLinks(ObjectProvider<ResourceUrlProvider> urls) {
        return new AssetLinks(urls);
    }
}
