package org.crampcare.app.report;

import java.util.Optional;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.diary.Diaries;
import org.crampcare.app.diary.StoredChange;
import org.crampcare.app.diary.StoredCheckIn;
import org.crampcare.app.diary.StoredEpisode;
import org.springframework.stereotype.Component;

/**
 * {@link ReportData} on the diary's storage ({@link Diaries}), for the owner only: the cramps whose night is in the
 * period, the check-ins of its days, the changes in effect at some time in it, and as medicines what the person noted
 * as "a new medicine" in their check-ins up to the period's end (the diary keeps no other list of medicines). The
 * diary stores no name, so a report carries none.
 */
@Component
class StoredReportData implements ReportData {
    private final Diaries diaries;

    StoredReportData(Diaries diaries) {
        this.diaries = diaries;
    }

    static org.crampcare.diary.Period nights(Period period) {
        return org.crampcare.diary.Period.of(period.from(), period.to());
    }

    @Override
    public DiaryExtract diary(AccountId account, Period period) {
        var nights = nights(period);
        return new DiaryExtract(new ReportSubject(Optional.empty(), diaries.zone(account)), period,
                diaries.episodes(account, nights).stream().map(StoredEpisode::episode).toList(),
                diaries.checkIns(account, nights).stream().map(StoredCheckIn::checkIn).toList(),
                diaries.changes(account, nights).stream().map(StoredChange::change).toList(),
                diaries.medicines(account, period.to()));
    }
}
