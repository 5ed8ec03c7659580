package org.crampcare.diary.insight;

/**
 * What the diary shows about one factor: cramps in the nights after days with it against the nights after days
 * without it, or too few days to say (fewer than {@link #MIN_DAYS} observed days on either side).
 */
public sealed interface FactorResult {
    /** Fewer days than this on either side give no comparison (Bearable's rule). */
    int MIN_DAYS = 3;

    Factor factor();

    /** The sentence for a person. */
    Message message();

    /** Too few check-ins to compare: {@code daysWith} or {@code daysWithout} is under {@link #MIN_DAYS}. */
    record TooFewDays(Factor factor, int daysWith, int daysWithout) implements FactorResult {
        public static final String KEY = "insights.factor.too_few_days";

        /** {@code {0}} days with, {@code {1}} days without, {@code {2}} the days needed on each side. */
        @Override
        public Message message() {
            return Message.of(KEY, daysWith, daysWithout, MIN_DAYS);
        }
    }

    /**
     * The comparison: {@code ratio.compared()} are the nights after days with the factor, {@code ratio.reference()}
     * those after days without.
     */
    record Compared(Factor factor, RateRatio ratio, Verdict verdict) implements FactorResult {
        /**
         * {@code {0}} cramps a week after days with, {@code {1}} after days without, {@code {2}} nights with,
         * {@code {3}} nights without.
         */
        @Override
        public Message message() {
            return Message.of(verdict.messageKey(), ratio.compared().perWeek(), ratio.reference().perWeek(),
                    ratio.compared().nights(), ratio.reference().nights());
        }
    }

    enum Verdict {
        /** No cramps after either kind of day. */
        NO_CRAMPS("insights.factor.no_cramps"),
        /** The whole 95% interval of the ratio is above 1. */
        MORE_AFTER_DAYS_WITH("insights.factor.more_after_days_with"),
        /** The whole 95% interval of the ratio is below 1. */
        FEWER_AFTER_DAYS_WITH("insights.factor.fewer_after_days_with"),
        /** The interval includes 1: the data do not tell. */
        NO_CLEAR_DIFFERENCE("insights.factor.no_clear_difference");

        private final String messageKey;

        Verdict(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }

        static Verdict of(RateRatio r) {
            return r.noCramps() ? NO_CRAMPS : r.entirelyAboveOne() ? MORE_AFTER_DAYS_WITH
                    : r.entirelyBelowOne() ? FEWER_AFTER_DAYS_WITH : NO_CLEAR_DIFFERENCE;
        }
    }
}
