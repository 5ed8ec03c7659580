package org.crampcare.app.interop;

import java.util.Locale;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.report.Period;
import org.crampcare.app.report.PeriodParameters;
import org.crampcare.app.report.Reports;
import org.springframework.context.MessageSource;
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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code GET /api/v1/reports/fhir}: a signed-in account's diary for a period as a FHIR R4 document Bundle
 * ({@link FhirDocuments}), as {@code application/fhir+json} text from HAPI's own parser. Dates as for the PDF.
 */
@RestController
@Tag(name = "Reports", description = "The diary as a report for the doctor: PDF and FHIR R4")
class FhirApiController {
    static final String FHIR = "/api/v1/reports/fhir";
    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

    private final Reports reports;
    private final FhirDocuments fhir;
    private final MessageSource messages;

    FhirApiController(Reports reports, FhirDocuments fhir, MessageSource messages) {
        this.reports = reports;
        this.fhir = fhir;
        this.messages = messages;
    }

    @GetMapping(FHIR)
    @Operation(summary = "The diary as a FHIR R4 document Bundle", description = """
            Composition, Patient, one symptom Observation per cramp (the HL7 Symptoms IG's pattern) and a \
            MedicationStatement per medicine, as application/fhir+json.""",
            responses = {
                @ApiResponse(responseCode = "200", description = "The document Bundle",
                        content = @Content(mediaType = "application/fhir+json")),
                @ApiResponse(responseCode = "400", description = "A date that cannot be used; parameter names it",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(responseCode = "401", description = "Not signed in")
            })
    ResponseEntity<String> fhirDocument(AccountId account,
            @Parameter(description = "First night, yyyy-mm-dd", required = true) @RequestParam(required = false) String from,
            @Parameter(description = "Last night, yyyy-mm-dd; at most two years after from", required = true)
            @RequestParam(required = false) String to,
            Locale locale) {
        Period period = PeriodParameters.period(from, to, messages, locale);
        String body = fhir.json(reports.diary(account, period), reports.now(), locale);
        reports.exported(account, "diary as FHIR " + period.from() + " to " + period.to());
        return ResponseEntity.ok().contentType(FHIR_JSON).header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }

    @ExceptionHandler(PeriodParameters.BadParameter.class)
    ResponseEntity<ProblemDetail> badParameter(PeriodParameters.BadParameter e, HttpServletRequest request) {
        return PeriodParameters.problem(e, request);
    }
}
