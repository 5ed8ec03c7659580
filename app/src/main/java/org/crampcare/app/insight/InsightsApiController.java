package org.crampcare.app.insight;

import java.util.Locale;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.diary.Diaries;
import org.crampcare.app.diary.DiaryAlerts;
import org.crampcare.app.diary.InsightWords;
import org.crampcare.app.report.PeriodParameters;
import org.crampcare.diary.insight.ChangeComparison;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
 * The insights as JSON for a signed-in account (a session or a personal access token): {@code GET /api/v1/insights}
 * for a period, and {@code GET /api/v1/changes/{id}/comparison}, "Did it help me?" for one change (another account's
 * id is the same 404 as a missing one). A bad {@code from}, {@code to} or {@code run_in} is a 400 problem naming it.
 */
@RestController
@Tag(name = "Diary: insights", description = "What the diary shows, and whether a change helped")
class InsightsApiController {
    static final String INSIGHTS = "/api/v1/insights";
    static final String COMPARISON = "/api/v1/changes/{id}/comparison";
    static final int MAX_RUN_IN = 90;

    private final DiaryInsights insights;
    private final Diaries diaries;
    private final DiaryAlerts alerts;
    private final InsightWords words;
    private final MessageSource messages;

    InsightsApiController(DiaryInsights insights, Diaries diaries, DiaryAlerts alerts, InsightWords words,
            MessageSource messages) {
        this.insights = insights;
        this.diaries = diaries;
        this.alerts = alerts;
        this.words = words;
        this.messages = messages;
    }

    @GetMapping(value = INSIGHTS, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "What the diary shows over a period", description = """
            Counts, the weekly series, the trend (Mann-Kendall), the worst nights, the usual time, cramps by hour and \
            by place, weekly pain, the factors (only with 3 days or more on each side), and the alerts of the period. \
            Both dates left out: the last 12 weeks.""",
            responses = {
                @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = InsightsJson.Body.class))),
                @ApiResponse(responseCode = "400", description = "A date that cannot be used; parameter names it",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(responseCode = "401", description = "Not signed in")
            })
    ResponseEntity<InsightsJson.Body> insights(AccountId owner,
            @Parameter(description = "First night, yyyy-mm-dd") @RequestParam(required = false) String from,
            @Parameter(description = "Last night, yyyy-mm-dd; at most two years after from")
            @RequestParam(required = false) String to, Locale locale) {
        var period = insights.period(owner, from, to, locale);
        var computed = insights.of(owner, period);
        var body = InsightsJson.of(computed.insights(),
                alerts.views(computed.insights().alerts(), computed.today(), locale), words, locale);
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }

    @GetMapping(value = COMPARISON, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Did this change help? The nights before it against the nights after it", description = """
            Counts per side, cramps a week, the rate ratio (after against before) with its exact 95% interval and p, \
            and the verdict, which never claims more than the interval allows (at least 14 nights on each side).""",
            responses = {
                @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = InsightsJson.Comparison.class))),
                @ApiResponse(responseCode = "400", description = "run_in is not a number of nights from 0 to 90",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(responseCode = "404", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
            })
    ResponseEntity<InsightsJson.Comparison> comparison(AccountId owner, @PathVariable String id,
            @Parameter(name = "run_in", description = "Nights after the start left out (0 to 90; 7 if left out)")
            @RequestParam(name = "run_in", required = false) String runIn, Locale locale) {
        var stored = diaries.change(owner, id);
        int nights = runIn(runIn, locale);
        var c = ChangeComparison.of(diaries.whole(owner), stored.change(), nights);
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(InsightsJson.comparison(stored.id(), c, words, locale));
    }

    private int runIn(String value, Locale locale) {
        if (value == null || value.isEmpty()) {
            return ChangeComparison.DEFAULT_RUN_IN_NIGHTS;
        }
        if (value.matches("[0-9]{1,2}") && Integer.parseInt(value) <= MAX_RUN_IN) {
            return Integer.parseInt(value);
        }
        throw new PeriodParameters.BadParameter("run_in",
                messages.getMessage("insights.problem.run_in", new Object[] { "run_in" }, locale));
    }

    @ExceptionHandler(PeriodParameters.BadParameter.class)
    ResponseEntity<ProblemDetail> badParameter(PeriodParameters.BadParameter e, HttpServletRequest request) {
        return PeriodParameters.problem(e, request);
    }
}
