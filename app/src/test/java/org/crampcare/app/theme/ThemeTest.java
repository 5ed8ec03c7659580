package org.crampcare.app.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The theme switch works without JavaScript: a link sets the cookie and comes back; the server then links the dark
 * colours for every device (dark), for none (light) or for devices that prefer dark (auto). First-aid pages, kept
 * rendered in memory, keep one copy per theme.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "crampcare.emergency-number=999")
class ThemeTest {
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            b.header("Cookie", "theme=" + cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The dark colours' link (the address is content-versioned: /css/dark-<md5>.css). */
    private static final String DARK_FOR_DEVICE = "href=\"/css/dark(-[0-9a-f]{32})?\\.css\" media=\"\\(prefers-color-scheme: dark\\)\"";
    private static final String DARK_ALWAYS = "href=\"/css/dark(-[0-9a-f]{32})?\\.css\" media=\"all\"";
    private static final String DARK_ANY = "/css/dark(-[0-9a-f]{32})?\\.css";

    @Test
    void withoutAChoiceTheDarkColoursFollowTheDevice() throws Exception {
        assertThat(get("/library", null).body()).containsPattern(DARK_FOR_DEVICE).doesNotContainPattern(DARK_ALWAYS);
    }

    @Test
    void darkLinksTheDarkColoursForEveryDeviceAndLightForNone() throws Exception {
        for (String path : new String[] { "/", "/library", "/exercises", "/first-aid/calf", "/assessment" }) {
            assertThat(get(path, "dark").body()).as(path).containsPattern(DARK_ALWAYS).contains("content=\"dark\"");
            assertThat(get(path, "light").body()).as(path).doesNotContainPattern(DARK_ANY).contains("content=\"light\"");
            assertThat(get(path, "auto").body()).as(path).containsPattern(DARK_FOR_DEVICE);
        }
    }

    @Test
    void cachedFirstAidPagesKeepOneCopyPerTheme() throws Exception {
        get("/first-aid/night", "dark");
        assertThat(get("/first-aid/night", "light").body()).doesNotContainPattern(DARK_ANY);
        assertThat(get("/first-aid/night", "dark").body()).containsPattern(DARK_ALWAYS);
        assertThat(get("/first-aid/night", null).body()).containsPattern(DARK_FOR_DEVICE);
    }

    @Test
    void theSwitchSetsTheCookieAndGoesBackToThePage() throws Exception {
        HttpResponse<String> r = get("/theme?set=dark&back=" + URLEncoder.encode("/library/search?q=night+cramp",
                StandardCharsets.UTF_8), null);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains("/library/search?q=night+cramp");
        assertThat(r.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("theme=dark;").contains("Path=/",
                "SameSite=Lax");
    }

    @Test
    void theSwitchNeverSendsAnywhereElse() throws Exception {
        for (String back : new String[] { "https://evil.example/", "//evil.example/", "/\\evil.example", "evil", "" }) {
            HttpResponse<String> r = get("/theme?set=light&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8), null);
            assertThat(r.headers().firstValue("Location")).as(back).contains("/");
        }
    }

    @Test
    void anUnknownThemeCountsAsFollowTheDevice() throws Exception {
        assertThat(get("/theme?set=purple&back=/", null).headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith("theme=auto;");
        assertThat(get("/library", "purple").body()).containsPattern(DARK_FOR_DEVICE);
    }

    @Test
    void everyPageHasTheSwitchPointingBackToItself() throws Exception {
        String body = get("/library/evidence", "dark").body();
        assertThat(body).contains("href=\"/theme?set=light&amp;back=/library/evidence\"")
                .containsPattern("href=\"/theme\\?set=dark&amp;back=/library/evidence\"\\s+aria-current=\"true\"");
    }
}
