package org.crampcare.app.insight;

import java.util.List;
import java.util.Locale;

import org.crampcare.app.diary.DiaryAlerts;
import org.crampcare.app.diary.InsightWords;
import org.crampcare.diary.insight.ChangeComparison;
import org.crampcare.diary.insight.Counts;
import org.crampcare.diary.insight.FactorResult;
import org.crampcare.diary.insight.Insights;
import org.crampcare.diary.insight.RateRatio;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JSON of {@code GET /api/v1/insights} and {@code GET /api/v1/changes/{id}/comparison}: typed records, so the
 * OpenAPI description is generated from the same types that are written. Dates are ISO dates (a night by its
 * evening); a field that cannot be given (no ratio without cramps before, no test with too few weeks) is left out.
 * Every {@code text} is the insights' sentence in the reader's language.
 */
final class InsightsJson {
    private InsightsJson() {
    }

    @Schema(name = "Insights", description = "What the diary shows over a period of nights")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Body(@Schema(description = "First night (ISO date)") String from,
            @Schema(description = "Last night (ISO date)") String to,
            @JsonProperty("observed_from") @Schema(description = "First night the person was using the diary in the period; absent when none") String observedFrom,
            @JsonProperty("observed_to") String observedTo,
            CountsJson counts,
            @JsonProperty("nights_with_cramps") int nightsWithCramps,
            @Schema(description = "The sentence summing up the counts") String summary,
            List<Week> weeks, TrendJson trend,
            @JsonProperty("worst_nights") List<Worst> worstNights,
            @JsonProperty("usual_time") Usual usualTime,
            List<Hour> hours, List<PlaceJson> places, List<Pain> pain, List<FactorJson> factors,
            List<AlertJson> alerts) {
    }

    @Schema(name = "InsightCounts", description = "Cramps over observed nights; per_week = cramps times 7 over nights")
    record CountsJson(int cramps, int nights, @JsonProperty("per_week") double perWeek) {
        static CountsJson of(Counts c) {
            return new CountsJson(c.cramps(), c.nights(), c.perWeek());
        }
    }

    @Schema(name = "InsightWeek", description = "A week, Monday to Sunday, of the period")
    record Week(@JsonProperty("week_start") String weekStart, @JsonProperty("nights_observed") int nightsObserved,
            int cramps, @JsonProperty("nights_with_cramps") int nightsWithCramps, @JsonProperty("per_week") double perWeek) {
    }

    @Schema(name = "InsightTrend", description = "Mann-Kendall test of the weekly rates")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TrendJson(@Schema(allowableValues = { "too_few_weeks", "getting_worse", "getting_better", "no_clear_trend" })
            String verdict, int weeks, Double tau, Double p, String text) {
    }

    @Schema(name = "InsightWorstNight")
    record Worst(String night, int cramps, @JsonProperty("worst_pain") int worstPain) {
    }

    @Schema(name = "InsightUsualTime", description = "Times of the night (HH:mm): median and quartiles, busiest hour")
    record Usual(String median, String from, String to, @JsonProperty("busiest_hour") int busiestHour) {
    }

    @Schema(name = "InsightHour")
    record Hour(int hour, int cramps) {
    }

    @Schema(name = "InsightPlace")
    record PlaceJson(@Schema(allowableValues = { "calf", "foot", "toes", "thigh_front", "thigh_back" }) String place,
            int cramps) {
    }

    @Schema(name = "InsightPain")
    record Pain(@JsonProperty("week_start") String weekStart, int cramps, @JsonProperty("mean_pain") double meanPain,
            @JsonProperty("worst_pain") int worstPain) {
    }

    @Schema(name = "InsightFactor", description = "Nights after days with a factor against nights after days without")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FactorJson(@Schema(allowableValues = { "alcohol", "caffeine", "long_standing", "hard_exercise", "low_fluid",
            "stretched", "magnesium" }) String factor,
            @Schema(allowableValues = { "too_few_days", "no_cramps", "more_after_days_with", "fewer_after_days_with",
                "no_clear_difference" }) String verdict,
            @JsonProperty("days_with") int daysWith, @JsonProperty("days_without") int daysWithout,
            @JsonProperty("per_week_with") Double perWeekWith, @JsonProperty("per_week_without") Double perWeekWithout,
            RatioJson ratio, String text) {
    }

    @Schema(name = "RateRatio", description = "Rate ratio (compared against reference) with its exact 95% interval and p")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RatioJson(@Schema(description = "Absent when the reference side had no cramps") Double ratio, double lower,
            @Schema(description = "Absent when unbounded") Double upper, double p) {
        static RatioJson of(RateRatio r) {
            return new RatioJson(r.ratio().isPresent() ? r.ratio().getAsDouble() : null, r.lower(),
                    r.upper().isPresent() ? r.upper().getAsDouble() : null, r.p());
        }
    }

    @Schema(name = "InsightAlert")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AlertJson(@Schema(allowableValues = { "frequent", "getting_worse", "red_flag" }) String kind, String text,
            @Schema(description = "The knowledge base's text of the triage rule the alert is about") String advice,
            @Schema(description = "For a warning sign: its night") String night) {
        static AlertJson of(DiaryAlerts.AlertView a) {
            return new AlertJson(a.kind(), a.text(), a.advice().orElse(null), a.night().orElse(null));
        }
    }

    @Schema(name = "ChangeComparison", description = "\"Did it help me?\": the nights before a change against those after it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Comparison(long id, String description, String started, String ended,
            @JsonProperty("run_in_nights") int runInNights, CountsJson before, CountsJson after, RatioJson ratio,
            @Schema(allowableValues = { "too_few_nights", "no_cramps_either_side", "fewer_and_unlikely_chance",
                "fewer_but_could_be_chance", "more_and_unlikely_chance", "more_but_could_be_chance",
                "no_clear_difference" }) String verdict,
            @JsonProperty("verdict_key") @Schema(description = "The sentence's key in the message bundle") String verdictKey,
            String text, @JsonProperty("run_in_note") String runInNote,
            @JsonProperty("regression_to_the_mean") String regressionToTheMean) {
    }

    static Body of(Insights i, List<DiaryAlerts.AlertView> alerts, InsightWords words, Locale locale) {
        var trend = i.trend();
        return new Body(i.period().first().evening().toString(), i.period().last().evening().toString(),
                i.observed().map(o -> o.first().evening().toString()).orElse(null),
                i.observed().map(o -> o.last().evening().toString()).orElse(null),
                CountsJson.of(i.counts()), i.nightsWithCramps(), words.text(i.summary(), locale),
                i.weeks().stream().map(w -> new Week(w.weekStart().toString(), w.nightsObserved(), w.cramps(),
                        w.nightsWithCramps(), w.perWeek())).toList(),
                new TrendJson(key(trend.verdict()), trend.weeks(), trend.test().map(t -> t.tau()).orElse(null),
                        trend.test().map(t -> t.p()).orElse(null), words.text(trend.message(), locale)),
                i.worstNights().stream().map(w -> new Worst(w.night().evening().toString(), w.cramps(), w.worstPain()))
                        .toList(),
                i.usualTime().map(u -> new Usual(u.median().toString(), u.from().toString(), u.to().toString(),
                        u.busiestHour())).orElse(null),
                i.byHour().stream().map(h -> new Hour(h.hour(), h.count())).toList(),
                i.byPlace().stream().map(p -> new PlaceJson(p.place().contractId(), p.count())).toList(),
                i.pain().stream().map(p -> new Pain(p.weekStart().toString(), p.cramps(), p.meanPain(), p.worstPain()))
                        .toList(),
                i.factors().stream().map(f -> factor(f, words, locale)).toList(),
                alerts.stream().map(AlertJson::of).toList());
    }

    static FactorJson factor(FactorResult f, InsightWords words, Locale locale) {
        String text = words.text(f.message(), locale);
        if (f instanceof FactorResult.Compared c) {
            return new FactorJson(key(f.factor()), key(c.verdict()), c.ratio().compared().nights(),
                    c.ratio().reference().nights(), c.ratio().compared().perWeek(), c.ratio().reference().perWeek(),
                    RatioJson.of(c.ratio()), text);
        }
        var t = (FactorResult.TooFewDays) f;
        return new FactorJson(key(f.factor()), "too_few_days", t.daysWith(), t.daysWithout(), null, null, null, text);
    }

    static Comparison comparison(long id, ChangeComparison c, InsightWords words, Locale locale) {
        return new Comparison(id, c.change().description(), c.change().started().toString(),
                c.change().ended().map(Object::toString).orElse(null), c.runInNights(), CountsJson.of(c.beforeCounts()),
                CountsJson.of(c.afterCounts()), c.ratio().map(RatioJson::of).orElse(null), key(c.verdict()),
                c.message().key(), words.text(c.message(), locale),
                c.runInNote().map(m -> words.text(m, locale)).orElse(null),
                c.regressionWarning().map(m -> words.text(m, locale)).orElse(null));
    }

    static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
