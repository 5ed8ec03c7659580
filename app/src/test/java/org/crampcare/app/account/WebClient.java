package org.crampcare.app.account;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * A browser for tests, over real HTTP: it keeps cookies, follows no redirect by itself, and sends a form's POST with
 * the CSRF token of the page it came from, as a browser would.
 */
final class WebClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    final String base;
    final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    String lastPage = "";

    WebClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(30)).build();
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        lastPage = r.body();
        return r;
    }

    /** A POST of the form fields (name, value, name, value...) with the CSRF token of the page at {@code from}. */
    HttpResponse<String> submit(String from, String action, String... fields) throws IOException, InterruptedException {
        get(from);
        return post(action, csrf().orElseThrow(() -> new AssertionError("no CSRF token on " + from)), fields);
    }

    /** A POST with the given CSRF token (or none, if null). */
    HttpResponse<String> post(String action, String token, String... fields) throws IOException, InterruptedException {
        StringJoiner body = new StringJoiner("&");
        for (int i = 0; i < fields.length; i += 2) {
            body.add(enc(fields[i]) + "=" + enc(fields[i + 1]));
        }
        if (token != null) {
            body.add("_csrf=" + enc(token));
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + action))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        lastPage = r.body();
        return r;
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    Optional<String> csrf() {
        Matcher m = CSRF.matcher(lastPage);
        return m.find() ? Optional.of(HtmlUtils.htmlUnescape(m.group(1))) : Optional.empty();
    }

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    void forget(String cookie) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(cookie)).toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
    }

    HttpResponse<String> signUp(String email, String password) throws IOException, InterruptedException {
        return submit("/signup", "/signup", "email", email, "password", password, "time_zone", "Europe/London");
    }

    HttpResponse<String> signIn(String email, String password, boolean remember) throws IOException, InterruptedException {
        return remember ? submit("/login", "/login", "username", email, "password", password, "remember-me", "true")
                : submit("/login", "/login", "username", email, "password", password);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
