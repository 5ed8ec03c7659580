package org.crampcare.app.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import java.util.Locale;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.diary.DiaryCsv;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The report for the doctor as a PDF, for a signed-in account (a session or a personal access token); the FHIR
 * document is {@code interop.FhirApiController}. {@code from} and {@code to} are the first and last nights (ISO dates, at most two years apart); a bad
 * value is a 400 problem that names the parameter.
 */
@RestController
@Tag(name = "Reports", description = "The diary as a report for the doctor: PDF, CSV and FHIR R4")
class ReportApiController {
    static final String PDF = "/api/v1/reports/doctor.pdf";
    static final String CSV = "/api/v1/reports/diary.csv";

    private final Reports reports;
    private final PdfReports pdf;
    private final DiaryCsv csv;
    private final MessageSource messages;

    ReportApiController(Reports reports, PdfReports pdf, DiaryCsv csv, MessageSource messages) {
        this.reports = reports;
        this.pdf = pdf;
        this.csv = csv;
        this.messages = messages;
    }

    @GetMapping(CSV)
    @Operation(summary = "The diary of a period as CSV, every field", description = """
            The columns of the diary's export: a row per cramp whose night is in the period, per check-in of its days \
            and per change in effect at some time in it. UTF-8 with a byte-order mark; a cell that a spreadsheet would \
            run as a formula starts with '.""",
            responses = {
                @ApiResponse(responseCode = "200", description = "The CSV", content = @Content(mediaType = "text/csv",
                        schema = @Schema(type = "string"))),
                @ApiResponse(responseCode = "400", description = "A date that cannot be used; parameter names it",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(responseCode = "401", description = "Not signed in")
            })
    ResponseEntity<byte[]> diaryCsv(AccountId account,
            @Parameter(description = "First night, yyyy-mm-dd", required = true) @RequestParam(required = false) String from,
            @Parameter(description = "Last night, yyyy-mm-dd; at most two years after from", required = true)
            @RequestParam(required = false) String to,
            Locale locale) throws IOException {
        Period period = PeriodParameters.period(from, to, messages, locale);
        StringBuilder out = new StringBuilder(8 * 1024);
        csv.write(out, account, StoredReportData.nights(period));
        reports.exported(account, "diary as CSV " + period.from() + " to " + period.to());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("crampcare-diary-" + period.from() + "-" + period.to() + ".csv").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(PDF)
    @Operation(summary = "The report for the doctor as a PDF", description = """
            A4, with the chosen sections (all by default), page numbers and table headers on every page.""",
            responses = {
                @ApiResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf",
                        schema = @Schema(type = "string", format = "binary"))),
                @ApiResponse(responseCode = "400", description = "A date or section that cannot be used; parameter names it",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(responseCode = "401", description = "Not signed in")
            })
    ResponseEntity<byte[]> doctorPdf(AccountId account,
            @Parameter(description = "First night, yyyy-mm-dd", required = true) @RequestParam(required = false) String from,
            @Parameter(description = "Last night, yyyy-mm-dd; at most two years after from", required = true)
            @RequestParam(required = false) String to,
            @Parameter(description = "Sections, comma-separated: summary, charts, entries, medicines, tried, red_flags, "
                    + "assessment (all if left out)") @RequestParam(required = false) String sections,
            Locale locale) {
        Period period = PeriodParameters.period(from, to, messages, locale);
        var chosen = PeriodParameters.sections(sections, messages, locale);
        byte[] body = pdf.render(reports.report(account, period, chosen, locale), locale);
        reports.exported(account, "report for the doctor (PDF) " + period.from() + " to " + period.to());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("crampcare-report-" + period.from() + "-" + period.to() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }

    @ExceptionHandler(PeriodParameters.BadParameter.class)
    ResponseEntity<ProblemDetail> badParameter(PeriodParameters.BadParameter e, HttpServletRequest request) {
        return PeriodParameters.problem(e, request);
    }
}
