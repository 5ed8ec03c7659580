package org.crampcare.app.config;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Gives CSS and script links their versioned address (once per link, then from memory) and sets how long a
 * browser may keep a CSS or script file.
 */
public final class AssetLinks extends OncePerRequestFilter implements Ordered {
    private final ObjectProvider<ResourceUrlProvider> urls;
    private final Map<String, String> links = new ConcurrentHashMap<>();

    AssetLinks(ObjectProvider<ResourceUrlProvider> urls) {
        this.urls = urls;
    }

    /** Inside Spring Security's filters: its DisableEncodeUrlFilter answers encodeURL without asking further down. */
    @Override
    public int getOrder() {
        return 0;
    }

    /** The address to link for a path such as {@code /css/app.css}: versioned if it names a CSS or script file. */
    public String link(String path) {
        if (!isAsset(path)) {
            return path;
        }
        String known = links.get(path);
        if (known != null) {
            return known;
        }
        ResourceUrlProvider provider = urls.getIfAvailable();
        String versioned = provider == null ? null : provider.getForLookupPath(path);
        String link = versioned == null ? path : versioned;
        if (versioned != null && links.size() < StaticResources.MAX_LINKS) {
            links.put(path, link);
        }
        return link;
    }

    static boolean isAsset(String path) {
        return (path.startsWith("/css/") || path.startsWith("/js/")) && path.indexOf('?') < 0
                && path.indexOf('#') < 0 && path.indexOf(';') < 0;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isAsset(path)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, StaticResources.VERSIONED.matcher(path).matches() ? StaticResources.IMMUTABLE : "no-cache");
        }
        String context = request.getContextPath();
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public String encodeURL(String url) {
                if (url.startsWith(context + "/")) {
                    String p = url.substring(context.length());
                    if (isAsset(p)) {
                        return context + link(p);
                    }
                }
                return url;
            }
        });
    }
}
