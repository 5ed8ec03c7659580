package org.crampcare.app.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {
    private final Markdown markdown = new Markdown();

    @Test
    void rendersEmphasisAndLists() {
        assertThat(markdown.toHtml("**Tips**\n\n- one\n- two\n")).contains("<strong>Tips</strong>")
                .contains("<li>one</li>");
    }

    @Test
    void escapesRawHtml() {
        String html = markdown.toHtml("Hello <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>");
        assertThat(html).doesNotContain("<script>").doesNotContain("<img").contains("&lt;script&gt;");
    }

    @Test
    void dropsDangerousLinkTargets() {
        assertThat(markdown.toHtml("[x](javascript:alert(1))")).doesNotContain("javascript:");
    }

    @Test
    void pushesHeadingsBelowThePageHeadings() {
        assertThat(markdown.toHtml("# Top\n\n## Next")).contains("<h3>Top</h3>").contains("<h4>Next</h4>");
    }

    @Test
    void keepsALineBreakAfterABoldLabel() {
        assertThat(markdown.toHtml("**Afterwards**\nThe muscle can stay tender.")).contains("<strong>Afterwards</strong><br>");
    }

    @Test
    void givesPlainTextForTheSearchIndex() {
        assertThat(markdown.toText("**Bold** and _soft_")).isEqualTo("Bold and soft");
    }
}
