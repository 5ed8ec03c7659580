package org.crampcare.diary.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crampcare.diary.Change;
import org.crampcare.diary.Diary;
import org.crampcare.diary.Night;
import org.crampcare.diary.Period;

/**
 * "Did it help me?": an n-of-1 comparison of the observed nights before a change started with the observed nights
 * from its start (until it ended), optionally leaving out a run-in of the first nights after the start, while the
 * change may not yet work.
 *
 * <p>Before: every observed night whose evening is before {@code started}. After: every observed night from
 * {@code started + runInNights} up to, not including, {@code ended}. The rates are compared with {@link RateRatio}
 * (after against before: below 1 means fewer cramps after).
 *
 * @param ratio present when both sides have at least one observed night
 */
public record ChangeComparison(Change change, int runInNights, List<NightCount> before, List<NightCount> after,
        Counts beforeCounts, Counts afterCounts, Optional<RateRatio> ratio, Verdict verdict,
        RegressionToMean regression) {

    /** Fewer observed nights than this on either side give no verdict. */
    public static final int MIN_NIGHTS = 14;
    /** A run-in that suits most changes (stretching, a supplement): the first week after the start is left out. */
    public static final int DEFAULT_RUN_IN_NIGHTS = 7;
    /**
     * With the interval including 1, a ratio within this factor of 1 (0.8 to 1.25) is "no clear difference" rather than
     * "fewer" or "more, but it could be chance".
     */
    public static final double SIMILAR = 1.25;
    public static final String RUN_IN_KEY = "insights.change.run_in";
    public static final String MORE_NONE_BEFORE_KEY = "insights.change.more_but_could_be_chance_none_before";

    public enum Verdict {
        /** Fewer than {@link #MIN_NIGHTS} observed nights before or after. */
        TOO_FEW_NIGHTS("insights.change.too_few_nights"),
        NO_CRAMPS_EITHER_SIDE("insights.change.no_cramps_either_side"),
        /** Fewer after, and the whole interval is below 1. */
        FEWER_AND_UNLIKELY_CHANCE("insights.change.fewer_and_unlikely_chance"),
        /** Fewer after, but the interval includes 1. */
        FEWER_BUT_COULD_BE_CHANCE("insights.change.fewer_but_could_be_chance"),
        /** More after, and the whole interval is above 1. */
        MORE_AND_UNLIKELY_CHANCE("insights.change.more_and_unlikely_chance"),
        /** More after, but the interval includes 1. */
        MORE_BUT_COULD_BE_CHANCE("insights.change.more_but_could_be_chance"),
        /** The interval includes 1 and the ratio is within {@link #SIMILAR} of 1. */
        NO_CLEAR_DIFFERENCE("insights.change.no_clear_difference");

        private final String messageKey;

        Verdict(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public ChangeComparison {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    public static ChangeComparison of(Diary diary, Change change, int runInNights) {
        return of(new NightIndex(diary), change, runInNights);
    }

    static ChangeComparison of(NightIndex index, Change change, int runInNights) {
        if (runInNights < 0) {
            throw new IllegalArgumentException("a run-in cannot be negative: " + runInNights);
        }
        List<NightCount> before = new ArrayList<>();
        List<NightCount> after = new ArrayList<>();
        if (index.used().isPresent()) {
            Period used = index.used().get();
            LocalDate start = change.started();
            LocalDate afterFrom = start.plusDays(runInNights);
            for (LocalDate d = used.first().evening(); !d.isAfter(used.last().evening()); d = d.plusDays(1)) {
                if (d.isBefore(start)) {
                    before.add(new NightCount(new Night(d), index.cramps(d)));
                } else if (!d.isBefore(afterFrom) && change.ended().map(d::isBefore).orElse(true)) {
                    after.add(new NightCount(new Night(d), index.cramps(d)));
                }
            }
        }
        Counts b = sum(before);
        Counts a = sum(after);
        int recentFrom = Math.max(0, before.size() - RegressionToMean.RECENT_NIGHTS);
        RegressionToMean regression = RegressionToMean.of(sum(before.subList(recentFrom, before.size())),
                sum(before.subList(0, recentFrom)));
        Optional<RateRatio> ratio = b.nights() > 0 && a.nights() > 0 ? Optional.of(RateRatio.of(b, a)) : Optional.empty();
        return new ChangeComparison(change, runInNights, before, after, b, a, ratio, verdict(b, a, ratio), regression);
    }

    private static Counts sum(List<NightCount> nights) {
        return new Counts(nights.stream().mapToInt(NightCount::cramps).sum(), nights.size());
    }

    private static Verdict verdict(Counts before, Counts after, Optional<RateRatio> ratio) {
        if (before.nights() < MIN_NIGHTS || after.nights() < MIN_NIGHTS || ratio.isEmpty()) {
            return Verdict.TOO_FEW_NIGHTS;
        }
        RateRatio r = ratio.get();
        if (r.noCramps()) {
            return Verdict.NO_CRAMPS_EITHER_SIDE;
        }
        if (r.entirelyBelowOne()) {
            return Verdict.FEWER_AND_UNLIKELY_CHANCE;
        }
        if (r.entirelyAboveOne()) {
            return Verdict.MORE_AND_UNLIKELY_CHANCE;
        }
        if (r.ratio().isPresent() && r.ratio().getAsDouble() >= 1 / SIMILAR && r.ratio().getAsDouble() <= SIMILAR) {
            return Verdict.NO_CLEAR_DIFFERENCE;
        }
        return after.perWeek() < before.perWeek() ? Verdict.FEWER_BUT_COULD_BE_CHANCE : Verdict.MORE_BUT_COULD_BE_CHANCE;
    }

    /**
     * The verdict as a sentence. Arguments: {@code {0}} cramps a week before, {@code {1}} after, {@code {2}} observed
     * nights before, {@code {3}} after, then by verdict: {@code {4}} the nights needed on each side (too few nights);
     * {@code {4}} to {@code {5}} percent fewer (fewer and unlikely chance: the interval turned into percentages, the
     * smaller drop first); {@code {4}} percent fewer to {@code {5}} percent more (could be chance, no clear
     * difference); {@code {4}} percent more at least (more and unlikely chance). Percentages are whole numbers rounded
     * away from the estimate, so the sentence never claims more than the interval.
     */
    public Message message() {
        Object[] head = {beforeCounts.perWeek(), afterCounts.perWeek(), beforeCounts.nights(), afterCounts.nights()};
        return switch (verdict) {
            case TOO_FEW_NIGHTS -> with(verdict.messageKey(), head, MIN_NIGHTS);
            case NO_CRAMPS_EITHER_SIDE -> with(verdict.messageKey(), head);
            case FEWER_AND_UNLIKELY_CHANCE -> with(verdict.messageKey(), head,
                    fewerPercentAtLeast(ratio.get().upper().getAsDouble()), fewerPercentAtMost(ratio.get().lower()));
            case MORE_AND_UNLIKELY_CHANCE -> with(verdict.messageKey(), head, morePercentAtLeast(ratio.get().lower()));
            case FEWER_BUT_COULD_BE_CHANCE, MORE_BUT_COULD_BE_CHANCE, NO_CLEAR_DIFFERENCE -> ratio.get().upper().isEmpty()
                    ? with(MORE_NONE_BEFORE_KEY, head, fewerPercentAtMost(ratio.get().lower()))
                    : with(verdict.messageKey(), head, fewerPercentAtMost(ratio.get().lower()),
                            morePercentAtMost(ratio.get().upper().getAsDouble()));
        };
    }

    /** The note that a run-in was left out ({@code {0}} nights), when there was one. */
    public Optional<Message> runInNote() {
        return runInNights == 0 ? Optional.empty() : Optional.of(Message.of(RUN_IN_KEY, runInNights));
    }

    /** The regression-to-the-mean warning, when it applies. */
    public Optional<Message> regressionWarning() {
        return regression.warns() ? Optional.of(regression.message()) : Optional.empty();
    }

    private static Message with(String key, Object[] head, Object... tail) {
        List<Object> args = new ArrayList<>(List.of(head));
        args.addAll(List.of(tail));
        return new Message(key, args);
    }

    // "x% fewer" for a ratio r is (1 - r) * 100; "x% more" is (r - 1) * 100. A bound the sentence promises ("at least")
    // is rounded down, a bound it allows ("up to") is rounded up.
    private static long fewerPercentAtLeast(double r) {
        return Math.max(0, (long) Math.floor((1 - r) * 100));
    }

    private static long fewerPercentAtMost(double r) {
        return Math.min(100, (long) Math.ceil((1 - r) * 100));
    }

    private static long morePercentAtLeast(double r) {
        return Math.max(0, (long) Math.floor((r - 1) * 100));
    }

    private static long morePercentAtMost(double r) {
        return Math.max(0, (long) Math.ceil((r - 1) * 100));
    }
}
