package org.crampcare.app.report;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

import org.crampcare.app.interop.FhirDocuments;

/**
 * How long a one-year report takes, warm: the PDF (assembly, charts, Thymeleaf, openhtmltopdf) and the FHIR export
 * (building the Bundle and HAPI's JSON). Not a test (no thresholds in unit tests): run it by hand, see
 * {@code bench/reports/run-report-timings.sh} and {@code docs/benchmarks.md}.
 */
public final class ReportTimings {
    private ReportTimings() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        var messages = ReportFixtures.messages();
        var pdf = new PdfReports(ReportFixtures.templates(messages), messages, ReportFixtures.kb());
        var reports = new DoctorReports(new ReportCharts(messages));
        var fhir = new FhirDocuments(messages);
        DiaryExtract year = ReportFixtures.year();
        Instant now = Instant.parse("2026-12-02T09:00:00Z");
        System.out.printf("one year: %d nights, %d entries%n", year.period().nights(), year.episodes().size());

        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] pdfCpuMs = new long[rounds];
        long[] fhirCpuMs = new long[rounds];
        long[] pdfMs = new long[rounds];
        long[] htmlMs = new long[rounds];
        long[] noChartsMs = new long[rounds];
        long[] fhirMs = new long[rounds];
        int bytes = 0;
        int chars = 0;
        for (int warm = 0; warm < 10; warm++) {
            pdf.render(reports.assemble(year, ReportSection.all(), DoctorReports.Findings.none(), now, Locale.ENGLISH), Locale.ENGLISH);
            fhir.json(year, now, Locale.ENGLISH);
        }
        for (int i = 0; i < rounds; i++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            bytes = pdf.render(reports.assemble(year, ReportSection.all(), DoctorReports.Findings.none(), now,
                    Locale.ENGLISH), Locale.ENGLISH).length;
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            chars = fhir.json(year, now, Locale.ENGLISH).length();
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            pdfCpuMs[i] = (c1 - c0) / 1_000_000;
            fhirCpuMs[i] = (c2 - c1) / 1_000_000;
            pdfMs[i] = (t1 - t0) / 1_000_000;
            long h0 = System.nanoTime();
            pdf.html(reports.assemble(year, ReportSection.all(), DoctorReports.Findings.none(), now, Locale.ENGLISH),
                    Locale.ENGLISH);
            htmlMs[i] = (System.nanoTime() - h0) / 1_000_000;
            var noCharts = java.util.EnumSet.allOf(ReportSection.class);
            noCharts.remove(ReportSection.CHARTS);
            long n0 = System.nanoTime();
            pdf.render(reports.assemble(year, noCharts, DoctorReports.Findings.none(), now, Locale.ENGLISH), Locale.ENGLISH);
            noChartsMs[i] = (System.nanoTime() - n0) / 1_000_000;
            fhirMs[i] = (t2 - t1) / 1_000_000;
        }
        report("PDF, all sections", pdfMs, bytes + " bytes");
        report("FHIR document Bundle", fhirMs, chars + " characters");
        report("PDF, all sections, CPU time of the thread", pdfCpuMs, "");
        report("FHIR document Bundle, CPU time of the thread", fhirCpuMs, "");
        System.out.printf("load average while measured: %.1f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        report("  of the PDF: the report assembled and its XHTML (Thymeleaf)", htmlMs, "");
        report("  the PDF without the charts", noChartsMs, "");
    }

    private static void report(String what, long[] ms, String size) {
        long[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf("%s: median %d ms, p90 %d ms, max %d ms over %d runs (%s)%n", what, s[s.length / 2],
                s[(int) Math.ceil(s.length * 0.9) - 1], s[s.length - 1], s.length, size);
    }
}
