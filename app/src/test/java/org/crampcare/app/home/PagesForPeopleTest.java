package org.crampcare.app.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.crampcare.app.firstaid.FirstAidPages;
import org.crampcare.app.library.Library;
import org.crampcare.knowledge.Entry;
import org.crampcare.knowledge.EntryKind;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page a person can open, rendered by the real application: none mentions "the article" the knowledge was mapped
 * from; first-aid pages start with an action and box their cautions after it; the offline page says so and leads to
 * first aid.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "crampcare.emergency-number=999")
class PagesForPeopleTest {
    static final Pattern ARTICLE = Pattern.compile("\\barticles?\\b", Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeBase kb;

    @Autowired
    FirstAidPages firstAid;

    private final HttpClient http = HttpClient.newHttpClient();

    private String page(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.body();
    }

    /** What a person reads: the text and the text alternatives, without the markup and the addresses. */
    static String readable(String html) {
        String noCode = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ");
        StringBuilder alts = new StringBuilder();
        var m = Pattern.compile("(?i)\\b(alt|title|aria-label|placeholder)=\"([^\"]*)\"").matcher(noCode);
        while (m.find()) {
            alts.append(' ').append(m.group(2));
        }
        return noCode.replaceAll("(?s)<!--.*?-->", " ").replaceAll("<[^>]+>", " ") + alts;
    }

    List<String> everyPage() {
        List<String> paths = new ArrayList<>(List.of("/", "/library", "/library/evidence", "/exercises",
                "/exercises?print=true", "/offline", "/no/such/page", "/library/search?q=cramp"));
        paths.addAll(firstAid.urls());
        for (Topic t : Topic.values()) {
            paths.add(Library.topicUrl(t));
        }
        kb.entries().forEach(e -> paths.add(Library.libraryUrl(e.id())));
        return paths;
    }

    @Test
    void noPageMentionsTheArticle() throws Exception {
        List<String> found = new ArrayList<>();
        for (String path : everyPage()) {
            String text = readable(page(path));
            var m = Pattern.compile(".{0,60}\\barticles?\\b.{0,60}", Pattern.CASE_INSENSITIVE).matcher(text);
            if (m.find()) {
                found.add(path + ": ..." + m.group().strip() + "...");
            }
        }
        assertThat(found).as("pages that mention the article").isEmpty();
    }

    @Test
    void theCheckSeesTheWordInTextAndAltButNotInAddresses() {
        assertThat(ARTICLE.matcher(readable("<p>As the <b>article</b> says</p>")).find()).isTrue();
        assertThat(ARTICLE.matcher(readable("<img alt=\"Article picture\" src=\"x.svg\">")).find()).isTrue();
        assertThat(ARTICLE.matcher(readable("<a href=\"https://example.org/ency/article/1.htm\">MedlinePlus</a>")).find())
                .isFalse();
    }

    @Test
    void firstAidPagesStartWithAnActionAndBoxTheirCautionsAfterIt() throws Exception {
        for (Entry e : kb.entries()) {
            if (e.kind() != EntryKind.FIRST_AID_SITUATION || e.warnings().isEmpty()) {
                continue;
            }
            String url = firstAid.urlFor(e.id()).orElseThrow();
            String html = page(url);
            int firstStep = html.indexOf(org.springframework.web.util.HtmlUtils.htmlEscape(e.steps().get(0)));
            int box = html.indexOf("class=\"warnings\"");
            int secondStep = e.steps().size() > 1
                    ? html.indexOf(org.springframework.web.util.HtmlUtils.htmlEscape(e.steps().get(1))) : Integer.MAX_VALUE;
            assertThat(firstStep).as(url + ": first step").isPositive();
            assertThat(box).as(url + ": the cautions box comes after the first step and before the second")
                    .isGreaterThan(firstStep).isLessThan(secondStep);
        }
        String calf = page("/first-aid/calf");
        assertThat(calf.indexOf("Straighten the leg")).as("on the calf page the stretch comes first")
                .isLessThan(calf.indexOf("class=\"warnings\""));
    }

    @Test
    void theOfflinePageSaysSoAndLinksEveryFirstAidPage() throws Exception {
        String html = page("/offline");
        assertThat(html).contains("<h1>You are offline</h1>");
        for (String url : firstAid.urls()) {
            assertThat(html).contains("href=\"" + url + "\"");
        }
        assertThat(page("/offline/precache.json")).contains("\"/offline\"").containsPattern("\"/css/dark-[0-9a-f]{32}\\.css\"");
    }
}
