package org.crampcare.app.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.crampcare.knowledge.KnowledgeBase;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * The report for the doctor as a PDF: {@code templates/report/pdf.html} (the shared page's fragments and SVG) laid
 * out by openhtmltopdf on A4, with DejaVu Sans embedded (bundled in {@code fonts/}, so Cyrillic renders the same on
 * every machine), table headers repeated on every page, and "Page N of M" at the foot, in the reader's language.
 * Thread-safe: every call builds its own renderer.
 */
@Component
public class PdfReports {
    static final String FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final String disclaimer;
    private final String css;
    private final byte[] regular;
    private final byte[] bold;

    public PdfReports(ITemplateEngine templates, MessageSource messages, KnowledgeBase kb) {
        this.templates = templates;
        this.messages = messages;
        this.disclaimer = kb.rules().disclaimer();
        this.css = new String(resource("/report/pdf.css"), StandardCharsets.UTF_8);
        this.regular = resource("/fonts/DejaVuSans.ttf");
        this.bold = resource("/fonts/DejaVuSans-Bold.ttf");
    }

    public byte[] render(DoctorReport report, Locale locale) {
        String html = html(report, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useFont(() -> new ByteArrayInputStream(regular), FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            b.useFont(() -> new ByteArrayInputStream(bold), FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            b.useSVGDrawer(new BatikSVGDrawer());
            b.withHtmlContent(html, null);
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF report could not be written", e);
        }
        return out.toByteArray();
    }

    /** The XHTML the PDF is laid out from. */
    String html(DoctorReport report, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("r", ReportView.of(report, messages, locale));
        context.setVariable("css", css + pageRule(locale));
        context.setVariable("disclaimer", disclaimer);
        context.setVariable("lang", locale.toLanguageTag());
        return templates.process("report/pdf", context);
    }

    /** A4, and the footer: the message "Page {0} of {1}" with CSS counters in place of its two arguments. */
    String pageRule(Locale locale) {
        String pattern = messages.getMessage("report.pdf.page", null, locale);
        String content = pattern.replace("\"", "'");
        content = "\"" + content.replace("{0}", "\" counter(page) \"").replace("{1}", "\" counter(pages) \"") + "\"";
        return "\n@page{size:A4;margin:16mm 14mm 18mm 14mm;"
                + "@bottom-right{content:" + content + ";font-family:'" + FAMILY + "';font-size:8pt;color:#4a4a4a}"
                + "@bottom-left{content:\"CrampCare\";font-family:'" + FAMILY + "';font-size:8pt;color:#4a4a4a}}\n";
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfReports.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
