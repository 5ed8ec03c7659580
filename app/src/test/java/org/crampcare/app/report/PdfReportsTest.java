package org.crampcare.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crampcare.rules.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

class PdfReportsTest {
    static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    static MessageSource messages;
    static PdfReports pdf;
    static DoctorReports reports;
    static byte[] year;

    @BeforeAll
    static void render() throws IOException {
        messages = ReportFixtures.messages();
        pdf = new PdfReports(ReportFixtures.templates(messages), messages, ReportFixtures.kb());
        reports = new DoctorReports(new ReportCharts(messages));
        year = pdf.render(yearReport(ReportSection.all()), Locale.ENGLISH);
        Path out = Path.of("target", "report-samples");
        Files.createDirectories(out);
        Files.write(out.resolve("doctor-report-year.pdf"), year);
    }

    static DoctorReport yearReport(java.util.Set<ReportSection> sections) {
        var tried = new DoctorReport.Tried(ReportFixtures.year().changes().get(0),
                Optional.of(new DoctorReport.Comparison(5.1, 3.9, 0.76, 0.58, 1.01)),
                Optional.of("A made-up verdict sentence for the test, as the insights would write it."));
        var assessment = new DoctorReport.Assessment(Level.DOCTOR, "Headline as the engine gives it",
                List.of("First reason from the knowledge base", "Second reason"));
        var findings = new DoctorReports.Findings(List.of("A finding from the insights."), java.util.Map.of(),
                List.of(tried), Optional.of(assessment));
        return reports.assemble(ReportFixtures.year(), sections, findings, NOW, Locale.ENGLISH);
    }

    private static String text(byte[] pdfBytes) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdfBytes)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    private static int pages(byte[] pdfBytes) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdfBytes)) {
            return d.getNumberOfPages();
        }
    }

    @Test
    void theReportOpensAsAPdfWithSeveralPages() throws IOException {
        assertThat(new String(year, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pages(year)).isGreaterThan(3);
    }

    @Test
    void cyrillicTextIsRenderedAsText() throws IOException {
        assertThat(text(year)).contains("Анна Петрова", "Амлодипин", "Судорога в икре");
    }

    @Test
    void everyPageSaysWhichPageOfHowManyItIs() throws IOException {
        int n = pages(year);
        String t = text(year);
        for (int i = 1; i <= n; i++) {
            assertThat(t).contains("Page " + i + " of " + n);
        }
    }

    @Test
    void aLongTableRunsOverMorePagesThanAShortOne() throws IOException {
        var entriesOnly = EnumSet.of(ReportSection.ENTRIES);
        byte[] all = pdf.render(yearReport(entriesOnly), Locale.ENGLISH);
        var shortDiary = ReportFixtures.year();
        var fewer = new DiaryExtract(shortDiary.subject(), shortDiary.period(), shortDiary.episodes().subList(0, 10),
                List.of(), List.of(), List.of());
        byte[] few = pdf.render(reports.assemble(fewer, entriesOnly, DoctorReports.Findings.none(), NOW, Locale.ENGLISH),
                Locale.ENGLISH);
        assertThat(pages(few)).isEqualTo(1);
        // about 300 rows, at most about 40 to a page
        assertThat(pages(all)).isBetween(7, 16);
    }

    @Test
    void theTableHeaderIsRepeatedOnEveryPageOfTheEntries() throws IOException {
        byte[] all = pdf.render(yearReport(EnumSet.of(ReportSection.ENTRIES)), Locale.ENGLISH);
        try (PDDocument d = Loader.loadPDF(all)) {
            var stripper = new PDFTextStripper();
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(stripper.getText(d).replaceAll("\\s+", " ")).as("page " + p).contains("Night of", "What helped");
            }
        }
    }

    @Test
    void onlyTheChosenSectionsAreIncluded() throws IOException {
        String t = text(pdf.render(yearReport(EnumSet.of(ReportSection.MEDICINES)), Locale.ENGLISH));
        assertThat(t).contains("Medicines", "Furosemide 40 mg").doesNotContain("The entries", "Cramps per week");
    }

    @Test
    void theChosenSectionsShowTheirContent() throws IOException {
        assertThat(text(year)).contains("Summary", "Cramps per week", "When in the night", "Where on the leg",
                "Pain over time", "Nights with a cramp", "Stretching every night before bed",
                "Swelling of one calf", "Headline as the engine gives it", "First reason from the knowledge base",
                "A finding from the insights.");
        assertThat(text(year).replace(" ", "")).contains("0.76(0.58–1.01)");
    }

    @Test
    void theDisclaimerFromTheKnowledgeBaseIsPrinted() throws IOException {
        String disclaimer = ReportFixtures.kb().rules().disclaimer();
        assertThat(text(year)).contains(disclaimer.substring(0, Math.min(40, disclaimer.length())));
    }

    @Test
    void theFooterPatternPutsCountersWhereTheArgumentsAre() {
        assertThat(pdf.pageRule(Locale.ENGLISH)).contains("\"Page \" counter(page) \" of \" counter(pages) \"\"");
    }
}
