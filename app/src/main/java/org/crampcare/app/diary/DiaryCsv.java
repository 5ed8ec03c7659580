package org.crampcare.app.diary;

import java.io.IOException;

import org.crampcare.app.account.AccountId;
import org.crampcare.diary.Period;
import org.springframework.stereotype.Component;

/**
 * The diary's CSV (the same code and columns as {@code /diary/export.csv}: every field, a UTF-8 byte-order mark,
 * formula cells neutralised) for a period of nights: the cramps whose night is in it, the check-ins of its days and
 * the changes in effect at some time in it.
 */
@Component
public class DiaryCsv {
    private final Diaries diaries;

    DiaryCsv(Diaries diaries) {
        this.diaries = diaries;
    }

    public void write(Appendable out, AccountId owner, Period nights) throws IOException {
        ExportController.write(out, diaries.episodes(owner, nights), diaries.checkIns(owner, nights),
                diaries.changes(owner, nights));
    }
}
