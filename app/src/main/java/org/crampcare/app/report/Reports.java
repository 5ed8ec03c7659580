package org.crampcare.app.report;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.account.DataExported;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one way the controllers make a report: the diary from {@link ReportData}, the findings from
 * {@link ReportFindings} (the insights and the diary's triage), assembled by {@link DoctorReports}; and the
 * {@link DataExported} event for the owner's security log whenever a report leaves.
 */
@Component
public class Reports {
    private final ReportData data;
    private final ReportFindings findings;
    private final DoctorReports reports;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Reports(ReportData data, ReportFindings findings, DoctorReports reports,
            ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.data = data;
        this.findings = findings;
        this.reports = reports;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public Instant now() {
        return clock.instant();
    }

    public DiaryExtract diary(AccountId account, Period period) {
        return data.diary(account, period);
    }

    public DoctorReport report(AccountId account, Period period, Set<ReportSection> sections, Locale locale) {
        DiaryExtract diary = diary(account, period);
        return reports.assemble(diary, sections, findings.findings(account, diary, locale), now(), locale);
    }

    public void exported(AccountId account, String what) {
        events.publishEvent(new DataExported(account, what));
    }
}
