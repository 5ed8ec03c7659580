package org.crampcare.diary.insight;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The English message bundle of the insights, formatted as the app will (java.text.MessageFormat). */
final class Bundle {
    static final ResourceBundle EN = ResourceBundle.getBundle("diary.insights", Locale.ROOT);

    private Bundle() {
    }

    static String format(Message m) {
        return new MessageFormat(EN.getString(m.key()), Locale.ENGLISH).format(m.args().toArray());
    }
}
