package org.crampcare.app.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.crampcare.app.theme.Theme;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages that depend on nothing but the knowledge base and the settings, which do not change while the server runs
 * (home, first aid, the start of the assessment, the library index, topics and entries, exercises), are each
 * rendered once and then served from memory: as stored, or already gzip-compressed when the browser
 * accepts it, with a weak ETag for revalidation. This is what lets a phone on a bad connection, or many at once, get
 * the steps fast, and what keeps rendering cost (Thymeleaf's reflective expression evaluation, tens of milliseconds
 * for the library index) off every request.
 *
 * <p>It runs before the security filters. The first answer goes through them and everything after (so it is rendered
 * exactly like any page); the headers they set on it (Content-Security-Policy, X-Content-Type-Options,
 * Referrer-Policy, X-Frame-Options...) are kept with the page and sent again with every copy. The pages
 * are public and carry no session or per-request value, except the colour theme (cookie {@code theme}), which is
 * part of the key, so a copy is the same answer. Only successful HTML
 * answers to GET or HEAD of the addresses in {@link #PATH} without a query (a strict pattern: nothing encoded, no path
 * parameters) are kept; an unknown entry is a 404 and never kept, so at most one copy per knowledge entry exists.
 * Pages computed from their address ({@link #QUERY_PATH}) are kept too, the most recent up to a bounded size.
 *
 * <p>Never another person's page, never a token: a request that may belong to someone signed in (a session or
 * "keep me signed in" cookie, an {@code Authorization} header) is neither served from the cache nor kept, because its
 * page shows that person's header; and an answer that carries a CSRF token (a form to POST, the token for scripts) or
 * sets a cookie is never kept, because the token is the visitor's own. So only what an anonymous visitor sees, and
 * only pages without such a form, are kept (the questionnaire's forms have none: see SecurityConfig).
 */
@Component
@Order(PageCache.ORDER)
public class PageCache extends OncePerRequestFilter {
    /** After character encoding (highest precedence), before Spring Security (-100). */
    static final int ORDER = -200;
    /** Headers that belong to one exchange, not to the page. */
    private static final Set<String> NOT_KEPT = Set.of("date", "content-length", "content-type", "transfer-encoding", "content-encoding",
            "connection", "keep-alive", "set-cookie", "vary", "etag", "cache-control", "expires", "pragma");
    static final Pattern PATH = Pattern.compile("/|/first-aid(/[a-z][a-z-]{0,39})?|/assessment|/exercises"
            + "|/library(/topics/[a-z][a-z_-]{0,39}|/(?!search$)[a-z0-9_]{1,80})?");
    private static final int MAX_PAGES = 1024;
    /**
     * Pages computed from what their address carries (a questionnaire result and its print view, whose answers are in
     * the link; a library search): the same address gives the same page on the same day, so recent ones are kept,
     * bounded by size. A result is revisited (reload, back, a bookmarked or shared link, the print view), many people
     * search for the same few words, and many answer the questionnaire's first pages alike (its pages are kept too:
     * their forms carry no token, see SecurityConfig).
     */
    static final Pattern QUERY_PATH = Pattern.compile("/assessment(/(result|print|more|check|change))?|/library/search");
    private static final int MAX_QUERY_LENGTH = 4096;
    private static final long MAX_QUERY_PAGE_BYTES = 32L * 1024 * 1024;
    /** Cookies that mean someone may be signed in: Spring Session's, and "keep me signed in" (see SecurityConfig). */
    static final Set<String> SIGNED_IN_COOKIES = Set.of("SESSION", SecurityConfig.REMEMBER_ME_COOKIE, "JSESSIONID");
    /** The CSRF field Spring Security adds to every POST form, and the name of its meta tag for scripts. */
    private static final byte[] CSRF_MARK = "name=\"_csrf".getBytes(StandardCharsets.US_ASCII);

    /** A kept answer; its headers are also held as the bytes Tomcat writes, so a copy costs no encoding. */
    record Page(byte[] plain, byte[] gzip, String contentType, String etag, List<Header> headers,
            byte[] contentTypeBytes, byte[] etagBytes) {
        Page(byte[] plain, byte[] gzip, String contentType, String etag, List<Header> headers) {
            this(plain, gzip, contentType, etag, headers, contentType.getBytes(StandardCharsets.ISO_8859_1),
                    etag.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** One response header, as text for the servlet API and as ISO-8859-1 bytes for Tomcat's own headers. */
    record Header(String name, String value, byte[] nameBytes, byte[] valueBytes) {
        Header(String name, String value) {
            this(name, value, name.getBytes(StandardCharsets.ISO_8859_1), value.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static final String VARY = "Accept-Encoding, Cookie";
    private static final String NO_CACHE = "no-cache";

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Cache<String, Page> queryPages = Caffeine.newBuilder().maximumWeight(MAX_QUERY_PAGE_BYTES)
            .weigher((String key, Page page) -> key.length() + page.plain().length + page.gzip().length)
            .expireAfterWrite(Duration.ofHours(1)).build();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method)) || maybeSignedIn(request)) {
            return true;
        }
        String query = request.getQueryString();
        if (query == null) {
            return !request.getParameterMap().isEmpty() || !PATH.matcher(path(request)).matches();
        }
        return query.length() > MAX_QUERY_LENGTH || !QUERY_PATH.matcher(path(request)).matches();
    }

    /** A request that may come from someone signed in: their page is theirs alone. */
    static boolean maybeSignedIn(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return true;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (SIGNED_IN_COOKIES.contains(c.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An answer that is the visitor's own: it sets a cookie, or carries a CSRF token. */
    private static boolean personal(ContentCachingResponseWrapper capture, byte[] body) {
        return !capture.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() || contains(body, CSRF_MARK);
    }

    private static boolean contains(byte[] body, byte[] mark) {
        outer:
        for (int i = 0; i <= body.length - mark.length; i++) {
            for (int j = 0; j < mark.length; j++) {
                if (body[i + j] != mark[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The key of a request's page: its address and colour theme, and the day for a page computed from its query. */
    private static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        // a page from its address shows the day's date (a result, its print view): kept for that day only
        return query == null ? path(request) + "|" + Theme.of(request).key()
                : path(request) + "?" + query + "|" + Theme.of(request).key() + "|" + LocalDate.now();
    }

    /** The kept copy of the page this request asks for, or null when it has none or may not be served one. */
    Page find(HttpServletRequest request) {
        if (shouldNotFilter(request)) {
            return null;
        }
        return request.getQueryString() == null ? pages.get(key(request)) : queryPages.getIfPresent(key(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        String path = key(request);
        Page page = query == null ? pages.get(path) : queryPages.getIfPresent(path);
        if (page != null) {
            serve(page, request, response);
            return;
        }
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        byte[] body = capture.getContentAsByteArray();
        String type = capture.getContentType();
        if (capture.getStatus() == 200 && type != null && type.startsWith("text/html") && body.length > 0
                && (query != null || pages.size() < MAX_PAGES) && !personal(capture, body)) {
            List<Header> headers = new ArrayList<>();
            for (String name : new LinkedHashSet<>(capture.getHeaderNames())) {
                if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                    capture.getHeaders(name).forEach(value -> headers.add(new Header(name, value)));
                }
            }
            Page rendered = new Page(body, gzip(body, query == null), type, etag(body), List.copyOf(headers));
            if (query == null) {
                pages.putIfAbsent(path, rendered);
            } else {
                queryPages.put(path, rendered);
            }
            response.setHeader(HttpHeaders.CACHE_CONTROL, NO_CACHE);
            response.setHeader(HttpHeaders.ETAG, rendered.etag());
            response.setHeader(HttpHeaders.VARY, VARY);
        }
        capture.copyBodyToResponse();
    }

    /**
     * Sends a kept page: its own headers (set, not added, so that a header a filter before this one already set
     * is not sent twice), revalidation, and the stored bytes, compressed when the browser accepts it.
     */
    static void serve(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Set<String> set = new java.util.HashSet<>();
        for (Header h : page.headers()) {
            if (set.add(h.name())) {
                response.setHeader(h.name(), h.value());
            } else {
                response.addHeader(h.name(), h.value());
            }
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, NO_CACHE);
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setHeader(HttpHeaders.VARY, VARY);
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        boolean gzip = acceptsGzip(request);
        byte[] body = gzip ? page.gzip() : page.plain();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    static boolean notModified(Page page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        return ifNoneMatch != null
                && (ifNoneMatch.contains(page.etag()) || ifNoneMatch.contains(page.etag().substring(2)));
    }

    public static boolean acceptsGzip(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accept == null) {
            return false;
        }
        for (String part : accept.split(",")) {
            String[] bits = part.trim().split(";");
            if (bits[0].trim().equalsIgnoreCase("gzip")) {
                return !(bits.length > 1 && bits[1].replace(" ", "").matches("q=0(\\.0*)?"));
            }
        }
        return false;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * Fixed pages (and the assessment API's kept answers) are compressed once and as small as can be; pages from an
     * address at the usual level (faster).
     */
    public static byte[] gzip(byte[] body, boolean best) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(best ? java.util.zip.Deflater.BEST_COMPRESSION : java.util.zip.Deflater.DEFAULT_COMPRESSION);
            }
        }) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
