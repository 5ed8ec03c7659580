package org.crampcare.app.insight;

import java.util.Locale;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.diary.DiaryAlerts;
import org.crampcare.app.diary.DiaryTriage;
import org.crampcare.app.diary.InsightWords;
import org.crampcare.app.report.InsightSeries;
import org.crampcare.app.report.PeriodParameters;
import org.crampcare.app.report.ReportCharts;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /diary/insights}: the patterns of the signed-in person's diary for a period ({@code from}, {@code to}:
 * the first and last nights; the last 12 weeks by default): the charts with their summaries and tables, how often and
 * the trend, the worst nights, the usual time, the factors, "Did it help me?" for every change, the alerts; and
 * {@code GET /diary/insights/check}, the same page with the assessment of the diary's history ("Check my cramps with
 * my diary"), which stores nothing. A period that cannot be used is a 400 page naming the field.
 */
@Hidden
@Controller
class InsightsPageController {
    static final String PAGE = "/diary/insights";

    private final DiaryInsights insights;
    private final ReportCharts charts;
    private final DiaryAlerts alerts;
    private final DiaryTriage triage;
    private final InsightWords words;
    private final MessageSource messages;

    InsightsPageController(DiaryInsights insights, ReportCharts charts, DiaryAlerts alerts, DiaryTriage triage,
            InsightWords words, MessageSource messages) {
        this.insights = insights;
        this.charts = charts;
        this.alerts = alerts;
        this.triage = triage;
        this.words = words;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String page(AccountId owner, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Locale locale, Model model, HttpServletResponse response) {
        return render(owner, from, to, false, locale, model, response);
    }

    @GetMapping(PAGE + "/check")
    String check(AccountId owner, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Locale locale, Model model, HttpServletResponse response) {
        return render(owner, from, to, true, locale, model, response);
    }

    private String render(AccountId owner, String from, String to, boolean check, Locale locale, Model model,
            HttpServletResponse response) {
        org.crampcare.app.report.Period period;
        try {
            period = insights.period(owner, from, to, locale);
        } catch (PeriodParameters.BadParameter e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", "f-" + e.parameter());
            model.addAttribute("from", from == null ? "" : from);
            model.addAttribute("to", to == null ? "" : to);
            return "diary/insights";
        }
        var computed = insights.of(owner, period);
        var drawn = charts.charts(computed.extract(), InsightSeries.of(computed.insights(), locale), locale);
        model.addAttribute("i", InsightsView.of(computed, drawn, alerts.forAccount(owner, computed.today(), locale),
                words, messages, locale));
        model.addAttribute("result", check ? triage.check(owner).view() : null);
        return "diary/insights";
    }
}
