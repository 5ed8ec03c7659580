package org.crampcare.app.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.diary.Diaries;
import org.crampcare.app.report.DiaryExtract;
import org.crampcare.app.report.Period;
import org.crampcare.app.report.PeriodParameters;
import org.crampcare.app.report.ReportSubject;
import org.crampcare.diary.Diary;
import org.crampcare.diary.insight.Insights;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The insights of one account's diary for a period of nights, shared by the page and the API: the whole diary is
 * read (a change's "before" may lie before the period), {@link Insights} counts only the period's nights.
 */
@Component
class DiaryInsights {
    /** The period when none is asked: the last 12 weeks, up to tonight. */
    static final int DEFAULT_WEEKS = 12;

    private final Diaries diaries;
    private final MessageSource messages;

    DiaryInsights(Diaries diaries, MessageSource messages) {
        this.diaries = diaries;
        this.messages = messages;
    }

    /** The insights, and the diary extract of the period that the charts count places from. */
    record Computed(Period period, Diary diary, Insights insights, DiaryExtract extract, LocalDate today) {
    }

    /**
     * The period of {@code from} and {@code to} ({@link PeriodParameters}: a bad one is a
     * {@link PeriodParameters.BadParameter} naming it); both left out: the last {@value #DEFAULT_WEEKS} weeks. Only
     * one given: the other end follows from the default length.
     */
    Period period(AccountId owner, String from, String to, Locale locale) {
        boolean noFrom = from == null || from.isBlank();
        boolean noTo = to == null || to.isBlank();
        if (noFrom && noTo) {
            LocalDate today = diaries.today(owner);
            return new Period(today.minusWeeks(DEFAULT_WEEKS).plusDays(1), today);
        }
        if (noFrom) {
            Period p = PeriodParameters.period(to, to, messages, locale);
            return new Period(p.to().minusWeeks(DEFAULT_WEEKS).plusDays(1), p.to());
        }
        if (noTo) {
            Period p = PeriodParameters.period(from, from, messages, locale);
            return new Period(p.from(), p.from().plusWeeks(DEFAULT_WEEKS).minusDays(1));
        }
        return PeriodParameters.period(from, to, messages, locale);
    }

    Computed of(AccountId owner, Period period) {
        Diary whole = diaries.whole(owner);
        var nights = org.crampcare.diary.Period.of(period.from(), period.to());
        Insights insights = Insights.of(whole, nights);
        DiaryExtract extract = new DiaryExtract(new ReportSubject(java.util.Optional.empty(), whole.zone()), period,
                whole.episodes().stream().filter(e -> nights.contains(e.night())).toList(),
                whole.checkIns().stream().filter(c -> nights.contains(c.day())).toList(),
                whole.changes(), List.of());
        return new Computed(period, whole, insights, extract, diaries.today(owner));
    }
}
