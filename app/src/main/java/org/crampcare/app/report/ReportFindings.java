package org.crampcare.app.report;

import java.util.Locale;

import org.crampcare.app.account.AccountId;

/**
 * What the insights and the assessment add to a report: the integrator implements it on the diary insights (core
 * {@code org.crampcare.diary}: the trend and its test, the usual time, the weekly series, each change's n-of-1
 * comparison with its verdict in words) and on the latest assessment (its {@code Triage}, through
 * {@link DoctorReport.Assessment#of}). Without a bean, reports carry {@link DoctorReports.Findings#none()}: the
 * counts and charts of {@link DoctorReports} and every change without a comparison.
 */
public interface ReportFindings {
    DoctorReports.Findings findings(AccountId account, DiaryExtract diary, Locale locale);
}
