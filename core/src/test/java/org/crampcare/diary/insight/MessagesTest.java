package org.crampcare.diary.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The bundle diary/insights.properties has a sentence for every key the insights give, and no other. */
class MessagesTest {

    private static Set<String> keysInCode() {
        Set<String> keys = new HashSet<>();
        Arrays.stream(Trend.Verdict.values()).map(Trend.Verdict::messageKey).forEach(keys::add);
        Arrays.stream(Factor.values()).map(Factor::messageKey).forEach(keys::add);
        Arrays.stream(FactorResult.Verdict.values()).map(FactorResult.Verdict::messageKey).forEach(keys::add);
        Arrays.stream(ChangeComparison.Verdict.values()).map(ChangeComparison.Verdict::messageKey).forEach(keys::add);
        keys.addAll(Set.of(FactorResult.TooFewDays.KEY, ChangeComparison.RUN_IN_KEY, ChangeComparison.MORE_NONE_BEFORE_KEY,
                RegressionToMean.KEY, Alert.Frequent.KEY, Alert.GettingWorse.KEY, Alert.RedFlagLogged.KEY,
                Alert.RedFlagLogged.LONG_KEY, Insights.SUMMARY_KEY, Insights.NOT_LOGGED_KEY));
        return keys;
    }

    @Test
    void everyKeyTheInsightsGiveHasASentenceAndEverySentenceAKey() {
        assertThat(Collections.list(Bundle.EN.getKeys())).containsExactlyInAnyOrderElementsOf(keysInCode());
    }

    /** Each sentence formats with arguments of the kinds its results give (rates, counts, percentages, dates). */
    @Test
    void everySentenceFormatsWithoutError() {
        Object[] args = {2.8, 1.2, 30, 30, 89L, 28L, LocalDate.of(2026, 1, 5)};
        for (String key : keysInCode()) {
            assertThatCode(() -> Bundle.format(new Message(key, Arrays.asList(args)))).as(key).doesNotThrowAnyException();
        }
    }

    /** A lone apostrophe would quote (hide) the rest of a MessageFormat pattern: every one is written twice. */
    @Test
    void noSentenceIsLeftWithAnUnformattedPlaceholderOrALoneApostrophe() {
        Object[] args = {2.8, 1.2, 30, 30, 89L, 28L, 7};
        Stream.of(Bundle.EN.keySet().toArray(String[]::new)).forEach(key -> {
            assertThat(Bundle.EN.getString(key).replace("''", "")).as(key).doesNotContain("'");
            assertThat(Bundle.format(new Message(key, Arrays.asList(args)))).as(key).doesNotContain("{", "}");
        });
    }
}
