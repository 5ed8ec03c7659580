package org.crampcare.app.report;

import org.crampcare.app.account.AccountId;

/**
 * Where reports read the diary. The diary feature implements it on its repositories (the integrator's part): the
 * account's zone and the chosen name, the episodes whose {@code Night} is in the period, the check-ins of its days,
 * the changes that overlap it and the person's medicines. An account with no entries gives empty lists, never null.
 */
public interface ReportData {
    DiaryExtract diary(AccountId account, Period period);
}
