package org.crampcare.app.report;

import java.util.Locale;

import org.crampcare.app.account.AccountId;
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
@Tag(name = "Reports", description = "The diary as a report for the doctor: PDF and FHIR R4")
class ReportApiController {
    static final String PDF = "/api/v1/reports/doctor.pdf";

    private final Reports reports;
    private final PdfReports pdf;
    private final MessageSource messages;

    ReportApiController(Reports reports, PdfReports pdf, MessageSource messages) {
        this.reports = reports;
        this.pdf = pdf;
        this.messages = messages;
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
