package org.crampcare.diary.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.crampcare.diary.insight.Entries.START;

import java.time.LocalDate;
import java.util.Optional;

import org.crampcare.diary.Change;
import org.crampcare.diary.Diary;
import org.junit.jupiter.api.Test;

class ChangeComparisonTest {

    private static Change startedOn(LocalDate day) {
        return new Change("Stretching before bed", day, Optional.empty());
    }

    /**
     * A diary observed from {@code START} for {@code before + after} nights, the change starting after {@code before}
     * nights, with cramps on the first nights of each side (one a night).
     */
    private static Diary diary(int before, int crampsBefore, int after, int crampsAfter) {
        Entries d = Entries.diary().checkIn(START).checkIn(START.plusDays(before + after - 1L));
        for (int i = 0; i < crampsBefore; i++) {
            d.cramp(START.plusDays(i));
        }
        for (int i = 0; i < crampsAfter; i++) {
            d.cramp(START.plusDays(before + i));
        }
        return d.change(startedOn(START.plusDays(before))).build();
    }

    /** The stack-notes example through a diary: 12 cramps in 30 nights, then 5 in 30 (RateRatioTest has the sums). */
    @Test
    void theStackNotesExampleCouldStillBeChance() {
        Diary d = diary(30, 12, 30, 5);

        ChangeComparison c = ChangeComparison.of(d, d.changes().get(0), 0);

        assertThat(c.beforeCounts()).isEqualTo(new Counts(12, 30));
        assertThat(c.afterCounts()).isEqualTo(new Counts(5, 30));
        assertThat(c.ratio().get().ratio().getAsDouble()).isCloseTo(0.416667, within(1e-6));
        assertThat(c.ratio().get().lower()).isCloseTo(0.114996, within(1e-5));
        assertThat(c.ratio().get().upper().getAsDouble()).isCloseTo(1.270574, within(1e-5));
        assertThat(c.ratio().get().p()).isCloseTo(0.143463, within(1e-6));
        assertThat(c.verdict()).isEqualTo(ChangeComparison.Verdict.FEWER_BUT_COULD_BE_CHANCE);
    }

    /**
     * 12*7/30 = 2.8 and 5*7/30 = 1.17 a week; the interval 0.114996 to 1.270574 is "up to 89% fewer" (88.5 rounded
     * up) "to 28% more" (27.06 rounded up).
     */
    @Test
    void theSentenceGivesBothRatesAndTheIntervalRoundedOutwards() {
        Diary d = diary(30, 12, 30, 5);

        Message m = ChangeComparison.of(d, d.changes().get(0), 0).message();

        assertThat(m.key()).isEqualTo("insights.change.fewer_but_could_be_chance");
        assertThat(Bundle.format(m)).isEqualTo("Cramps went from 2.8 to 1.2 a week. The change could still be chance: "
                + "with 30 nights before and 30 after, the numbers fit anything from 89% fewer to 28% more cramps.");
    }

    /**
     * 14 nights each side, 8 cramps before and 1 after. By hand: n = 9, Clopper-Pearson for 1/9: pL = 0.002809,
     * pU = 0.482497, so RR from 0.002809/0.997191 = 0.002817 to 0.482497/0.517503 = 0.932354 (times 14/14), entirely
     * below 1. p = 2 P(X <= 1 | 9, 1/2) = 2 * 10/512 = 0.0390625.
     */
    @Test
    void fourteenNightsOnEachSideAreEnoughForAVerdict() {
        Diary d = diary(14, 8, 14, 1);

        ChangeComparison c = ChangeComparison.of(d, d.changes().get(0), 0);

        assertThat(c.ratio().get().lower()).isCloseTo(0.002817, within(1e-5));
        assertThat(c.ratio().get().upper().getAsDouble()).isCloseTo(0.932354, within(1e-5));
        assertThat(c.ratio().get().p()).isCloseTo(0.0390625, within(1e-9));
        assertThat(c.verdict()).isEqualTo(ChangeComparison.Verdict.FEWER_AND_UNLIKELY_CHANCE);
    }

    @Test
    void thirteenNightsOnOneSideAreTooFew() {
        Diary d = diary(14, 8, 13, 1);

        ChangeComparison c = ChangeComparison.of(d, d.changes().get(0), 0);

        assertThat(c.afterCounts().nights()).isEqualTo(13);
        assertThat(c.verdict()).isEqualTo(ChangeComparison.Verdict.TOO_FEW_NIGHTS);
        assertThat(Bundle.format(c.message())).isEqualTo(
                "Not enough nights to compare yet: 14 before the change and 13 after it. At least 14 on each side are needed.");
    }

    /** The "fewer and unlikely chance" sentence: 0.932354 is at least 6% fewer (6.76 rounded down), 0.002817 up to 100%. */
    @Test
    void anIntervalBelowOneSaysHowMuchFewerAtLeastAndAtMost() {
        Diary d = diary(14, 8, 14, 1);

        Message m = ChangeComparison.of(d, d.changes().get(0), 0).message();

        assertThat(m.args().subList(4, 6)).containsExactly(6L, 100L);
    }

    /**
     * The x = 0 side: 6 cramps in 28 nights, none in 14 (RateRatioTest: 0 to 1.698622, p = 137/729). A ratio of 0
     * with an interval that reaches above 1 is "fewer, but it could be chance": up to 100% fewer, up to 70% more.
     */
    @Test
    void noCrampsAfterButFewNightsCouldStillBeChance() {
        Diary d = diary(28, 6, 14, 0);

        ChangeComparison c = ChangeComparison.of(d, d.changes().get(0), 0);

        assertThat(c.ratio().get().upper().getAsDouble()).isCloseTo(1.698622, within(1e-5));
        assertThat(c.ratio().get().p()).isCloseTo(137.0 / 729, within(1e-9));
        assertThat(c.verdict()).isEqualTo(ChangeComparison.Verdict.FEWER_BUT_COULD_BE_CHANCE);
        assertThat(c.message().args().subList(4, 6)).containsExactly(100L, 70L);
    }

    @Test
    void noCrampsOnEitherSideIsNothingToCompare() {
        Diary d = diary(20, 0, 20, 0);

        assertThat(ChangeComparison.of(d, d.changes().get(0), 0).verdict())
                .isEqualTo(ChangeComparison.Verdict.NO_CRAMPS_EITHER_SIDE);
    }

    /** 0 in 20 nights, then 4 in 20: the ratio has no upper end, so the sentence uses its own wording. */
    @Test
    void crampsOnlyAfterTheStartHaveAnUnboundedSentence() {
        Diary d = diary(20, 0, 20, 4);

        ChangeComparison c = ChangeComparison.of(d, d.changes().get(0), 0);

        assertThat(c.verdict()).isEqualTo(ChangeComparison.Verdict.MORE_BUT_COULD_BE_CHANCE);
        assertThat(c.message().key()).isEqualTo(ChangeComparison.MORE_NONE_BEFORE_KEY);
    }

    /** 2 in 20 nights, then 12 in 20: RR 6, Clopper-Pearson for 12/14 from 0.572 up, so above 1 throughout. */
    @Test
    void manyMoreCrampsAfterAreUnlikelyChance() {
        Diary d = diary(20, 2, 20, 12);

        assertThat(ChangeComparison.of(d, d.changes().get(0), 0).verdict())
                .isEqualTo(ChangeComparison.Verdict.MORE_AND_UNLIKELY_CHANCE);
    }

    /** 10 in 20 nights, then 9 in 20: ratio 0.9, within a fifth of 1. */
    @Test
    void aRatioCloseToOneIsNoClearDifference() {
        Diary d = diary(20, 10, 20, 9);

        assertThat(ChangeComparison.of(d, d.changes().get(0), 0).verdict())
                .isEqualTo(ChangeComparison.Verdict.NO_CLEAR_DIFFERENCE);
    }

    @Test
    void theRunInNightsAreLeftOutOfTheAfterSide() {
        Diary d = diary(20, 4, 30, 7); // the 7 cramps fall on the first 7 nights after the start

        ChangeComparison c = ChangeComparison.of(d, d.changes().get(0), 7);

        assertThat(c.afterCounts()).isEqualTo(new Counts(0, 23));
        assertThat(c.after().get(0).night().evening()).isEqualTo(START.plusDays(27));
        assertThat(Bundle.format(c.runInNote().get()))
                .isEqualTo("The first 7 nights after the start are left out, to give the change time to work.");
    }

    @Test
    void nightsFromTheEndOfTheChangeOnAreNotAfterIt() {
        Entries e = Entries.diary().checkIn(START).checkIn(START.plusDays(59));
        Change c = new Change("Magnesium", START.plusDays(20), Optional.of(START.plusDays(40)));

        ChangeComparison cmp = ChangeComparison.of(e.change(c).build(), c, 0);

        assertThat(cmp.afterCounts().nights()).isEqualTo(20);
        assertThat(cmp.after().get(19).night().evening()).isEqualTo(START.plusDays(39));
    }

    @Test
    void nightsBeforeTheDiaryWasUsedDoNotCount() {
        Entries e = Entries.diary().checkIn(START).checkIn(START.plusDays(29));
        Change c = startedOn(START.minusDays(10));

        ChangeComparison cmp = ChangeComparison.of(e.change(c).build(), c, 0);

        assertThat(cmp.beforeCounts().nights()).isZero();
        assertThat(cmp.verdict()).isEqualTo(ChangeComparison.Verdict.TOO_FEW_NIGHTS);
    }

    /**
     * 28 earlier nights with 2 cramps (0.5 a week), then 14 nights with 6 (3.0 a week) just before the start: 3.0 is at
     * least 1.5 times 0.5 and at least 1 a week more, so the warning holds.
     */
    @Test
    void aBadSpellJustBeforeTheStartWarnsOfRegressionToTheMean() {
        Entries e = Entries.diary().checkIn(START).checkIn(START.plusDays(69));
        e.cramp(START.plusDays(3)).cramp(START.plusDays(17));
        for (int i = 0; i < 6; i++) {
            e.cramp(START.plusDays(28 + 2L * i));
        }
        Change c = startedOn(START.plusDays(42));

        ChangeComparison cmp = ChangeComparison.of(e.change(c).build(), c, 0);

        assertThat(cmp.regression().status()).isEqualTo(RegressionToMean.Status.WELL_ABOVE_EARLIER);
        assertThat(cmp.regression().recent()).isEqualTo(new Counts(6, 14));
        assertThat(cmp.regression().earlier()).isEqualTo(new Counts(2, 28));
        assertThat(Bundle.format(cmp.regressionWarning().get())).startsWith(
                "In the 14 nights before you started, you had 3.0 cramps a week, well above your earlier 0.5.");
    }

    /** The same rate throughout (one cramp every 7th night) gives no warning. */
    @Test
    void anEvenRateBeforeTheStartGivesNoWarning() {
        Entries e = Entries.diary().checkIn(START).checkIn(START.plusDays(69));
        for (int i = 0; i < 10; i++) {
            e.cramp(START.plusDays(7L * i));
        }
        Change c = startedOn(START.plusDays(42));

        ChangeComparison cmp = ChangeComparison.of(e.change(c).build(), c, 0);

        assertThat(cmp.regression().status()).isEqualTo(RegressionToMean.Status.NOT_ABOVE_EARLIER);
        assertThat(cmp.regressionWarning()).isEmpty();
    }

    /** 20 nights before: 14 recent ones leave only 6 earlier, too few to tell. */
    @Test
    void aShortHistoryCannotTellRegressionToTheMean() {
        Diary d = diary(20, 10, 20, 2);

        assertThat(ChangeComparison.of(d, d.changes().get(0), 0).regression().status())
                .isEqualTo(RegressionToMean.Status.NOT_ENOUGH_HISTORY);
    }
}
