package org.crampcare.app.library;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Entry bodies are Markdown written by the knowledge authors. A line break is kept as one (authors write a bold
 * label on its own line above its text). Raw HTML in them is escaped, link targets are sanitised,
 * and headings are pushed below the page's own (h3 and lower), so the output is safe to insert into a page as is.
 */
final class Markdown {
    private static final int FIRST_BODY_HEADING_LEVEL = 3;

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .softbreak("<br>\n").build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();

    String toHtml(String markdown) {
        Node document = parser.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + FIRST_BODY_HEADING_LEVEL - 1));
                visitChildren(heading);
            }
        });
        return html.render(document);
    }

    /** Plain text, for the search index and its snippets. */
    String toText(String markdown) {
        return text.render(parser.parse(markdown));
    }
}
