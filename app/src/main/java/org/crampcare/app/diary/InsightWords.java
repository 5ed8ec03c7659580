package org.crampcare.app.diary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.crampcare.diary.insight.Message;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The insights' sentences ({@link Message}: a key of {@code diary/insights.properties} and its arguments) in the
 * reader's language, formatted with {@code java.text.MessageFormat} through the app's message source; a date argument
 * is written for people ("1 Dec 2026"), not as an ISO date.
 */
@Component
public class InsightWords {
    private final MessageSource messages;

    InsightWords(MessageSource messages) {
        this.messages = messages;
    }

    public String text(Message m, Locale locale) {
        DateTimeFormatter date = date(locale);
        Object[] args = m.args().stream().map(a -> a instanceof LocalDate d ? date.format(d) : a).toArray();
        return messages.getMessage(m.key(), args, locale);
    }

    /** A date as the insights write it. */
    public static DateTimeFormatter date(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }
}
