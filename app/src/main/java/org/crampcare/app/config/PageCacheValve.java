package org.crampcare.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.MimeHeaders;
import org.crampcare.app.config.PageCache.Header;
import org.crampcare.app.config.PageCache.Page;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends {@link PageCache}'s kept pages from in front of the servlet pipeline, as Tomcat's own bytes.
 *
 * <p>A kept page is the exact answer the whole pipeline gave the first time, security headers included, so
 * the filters have nothing to add to a copy. Running them anyway, and handing Tomcat the headers as strings that
 * it encodes again for every answer (the Content-Security-Policy alone is 330 characters), was most of the cost of a
 * copy. Here a copy is the stored header bytes and one write of the stored body. Whatever {@link PageCache#find}
 * does not answer (a signed-in visitor, a page not yet kept, any other request) goes on down the pipeline unchanged,
 * where the filter renders and keeps it.
 */
final class PageCacheValve extends ValveBase {
    private static final byte[] CONTENT_TYPE = bytes("Content-Type");
    private static final byte[] CONTENT_ENCODING = bytes("Content-Encoding");
    private static final byte[] GZIP = bytes("gzip");
    private static final byte[] CACHE_CONTROL = bytes("Cache-Control");
    private static final byte[] NO_CACHE = bytes("no-cache");
    private static final byte[] ETAG = bytes("ETag");
    private static final byte[] VARY = bytes("Vary");
    private static final byte[] VARY_VALUE = bytes("Accept-Encoding, Cookie");

    private final PageCache cache;

    PageCacheValve(PageCache cache) {
        super(true);
        this.cache = cache;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        Page page = cache.find(request);
        if (page == null) {
            getNext().invoke(request, response);
            return;
        }
        MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
        for (Header h : page.headers()) {
            add(headers, h.nameBytes(), h.valueBytes());
        }
        add(headers, CACHE_CONTROL, NO_CACHE);
        add(headers, ETAG, page.etagBytes());
        add(headers, VARY, VARY_VALUE);
        if (PageCache.notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        boolean gzip = PageCache.acceptsGzip(request);
        byte[] body = gzip ? page.gzip() : page.plain();
        response.setStatus(HttpServletResponse.SC_OK);
        // as a header, not setContentType: Tomcat would otherwise encode the type again on every answer
        add(headers, CONTENT_TYPE, page.contentTypeBytes());
        if (gzip) {
            add(headers, CONTENT_ENCODING, GZIP);
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static void add(MimeHeaders headers, byte[] name, byte[] value) {
        MessageBytes slot = headers.addValue(name, 0, name.length);
        slot.setBytes(value, 0, value.length);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
