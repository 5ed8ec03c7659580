package org.crampcare.diary.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.crampcare.diary.Night;
import org.crampcare.diary.RedFlag;

/**
 * Something the diary page should show at the top. An alert states what the diary shows; what to do about it is the
 * knowledge base's: each alert names the triage rule ({@code knowledge/rules/triage.yaml}) whose text and sign the
 * page shows with it, or for a red flag the contract symptoms to assess.
 */
public sealed interface Alert {

    /** The id of the triage rule this alert is about; empty for red flags (assess their symptoms instead). */
    Optional<String> triageRule();

    Message message();

    /**
     * Three or more cramps in the last {@value #NIGHTS} observed nights of the period (only when at least that many
     * nights were observed).
     */
    record Frequent(int cramps, Night from, Night to) implements Alert {
        public static final int NIGHTS = 7;
        public static final int AT_LEAST = 3;
        public static final String KEY = "insights.alert.frequent";

        @Override
        public Optional<String> triageRule() {
            return Optional.of("frequent_cramps");
        }

        /** {@code {0}} cramps, {@code {1}} nights, {@code {2}} first night, {@code {3}} last night (dates). */
        @Override
        public Message message() {
            return Message.of(KEY, cramps, NIGHTS, from.evening(), to.evening());
        }
    }

    /** A significant upward trend over at least {@link Trend#MIN_WEEKS} weeks (Mann-Kendall, p below 0.05). */
    record GettingWorse(Trend trend) implements Alert {
        public static final String KEY = "insights.alert.getting_worse";

        @Override
        public Optional<String> triageRule() {
            return Optional.of("frequent_cramps");
        }

        /** {@code {0}} weeks, {@code {1}} Kendall's tau, {@code {2}} p. */
        @Override
        public Message message() {
            return new Message(KEY, trend.message().args());
        }
    }

    /**
     * A cramp logged with a red flag, or lasting 10 minutes or more (as the triage rule {@code cramp_over_10_minutes},
     * which fires at 600 seconds).
     */
    record RedFlagLogged(Instant at, Night night, Set<RedFlag> redFlags, Optional<Duration> duration)
            implements Alert {
        public static final Duration LONG = Duration.ofMinutes(10);
        public static final String KEY = "insights.alert.red_flag";
        public static final String LONG_KEY = "insights.alert.long_cramp";

        public RedFlagLogged {
            redFlags = Set.copyOf(redFlags);
        }

        public boolean longCramp() {
            return duration.map(d -> d.compareTo(LONG) >= 0).orElse(false);
        }

        /** The contract v1 symptom ids of the red flags, for an assessment. */
        public Set<String> symptomIds() {
            return redFlags.stream().map(RedFlag::symptomId).collect(Collectors.toUnmodifiableSet());
        }

        /** {@code cramp_over_10_minutes} for a long cramp alone; with red flags, empty: assess {@link #symptomIds()}. */
        @Override
        public Optional<String> triageRule() {
            return redFlags.isEmpty() ? Optional.of("cramp_over_10_minutes") : Optional.empty();
        }

        /** {@code {0}} the night (date), {@code {1}} minutes the cramp lasted (0 when not logged). */
        @Override
        public Message message() {
            return Message.of(redFlags.isEmpty() ? LONG_KEY : KEY, night.evening(),
                    duration.map(Duration::toMinutes).orElse(0L));
        }
    }
}
