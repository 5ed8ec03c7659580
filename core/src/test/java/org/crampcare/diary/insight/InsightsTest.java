package org.crampcare.diary.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampcare.diary.insight.Entries.START;

import java.time.Duration;
import java.time.LocalTime;

import org.crampcare.diary.Diary;
import org.crampcare.diary.Exertion;
import org.crampcare.diary.Night;
import org.crampcare.diary.Period;
import org.crampcare.diary.Place;
import org.crampcare.diary.RedFlag;
import org.junit.jupiter.api.Test;

class InsightsTest {

    private static Insights of(Entries e, int nights) {
        return Insights.of(e.build(), Period.ending(START.plusDays(nights - 1L), nights));
    }

    @Test
    void nightsBetweenTheFirstAndLastEntryCountAsObservedAndTheRestAsNotLogged() {
        // used from the 3rd to the 10th night of a 14-night period
        Entries e = Entries.diary().cramp(START.plusDays(2)).checkIn(START.plusDays(9));

        Insights i = of(e, 14);

        assertThat(i.observed()).contains(Period.of(START.plusDays(2), START.plusDays(9)));
        assertThat(i.counts()).isEqualTo(new Counts(1, 8));
        assertThat(i.weeks()).extracting(WeeklyCount::nightsObserved).containsExactly(5, 3);
    }

    @Test
    void aWeekWithNothingLoggedIsNotAWeekWithoutCramps() {
        Entries e = Entries.diary().cramp(START);

        Insights i = of(e, 14);

        assertThat(i.weeks().get(1)).isEqualTo(new WeeklyCount(START.plusWeeks(1), 0, 0, 0));
    }

    @Test
    void thePeriodWithNothingLoggedSaysSo() {
        Insights i = Insights.of(Entries.diary().cramp(START).build(), Period.ending(START.plusDays(40), 7));

        assertThat(i.observed()).isEmpty();
        assertThat(Bundle.format(i.summary()))
                .isEqualTo("Nothing was logged in these 7 nights, so the diary cannot say how they went.");
    }

    /** 2 cramps on one night and 1 on another over 7 observed nights: 3 a week, 2 nights with a cramp. */
    @Test
    void theSummaryCountsCrampsNightsAndTheRate() {
        Entries e = Entries.diary().cramps(START, 2).cramp(START.plusDays(3)).checkIn(START.plusDays(6));

        Insights i = of(e, 7);

        assertThat(i.nightsWithCramps()).isEqualTo(2);
        assertThat(Bundle.format(i.summary()))
                .isEqualTo("3 cramps in the 7 nights you logged: 3.0 a week. 2 nights with at least one cramp.");
    }

    /** Weekly cramps 0, 1, 1, 2, 3, 4: S = 14, Var = (6*5*17 - 2*1*9)/18 = 27.333, Z = 13/5.228 = 2.4865, p = 0.0129. */
    @Test
    void weeksWithMoreAndMoreCrampsAreGettingWorse() {
        Entries e = Entries.diary().checkIn(START);
        int[] perWeek = {0, 1, 1, 2, 3, 4};
        for (int w = 0; w < perWeek.length; w++) {
            for (int c = 0; c < perWeek[w]; c++) {
                e.cramp(START.plusWeeks(w).plusDays(c));
            }
        }
        e.checkIn(START.plusWeeks(6).minusDays(1));

        Insights i = of(e, 42);

        assertThat(i.trend().verdict()).isEqualTo(Trend.Verdict.GETTING_WORSE);
        assertThat(i.trend().test().get().s()).isEqualTo(14);
        assertThat(i.trend().test().get().p()).isBetween(0.0128, 0.0130);
        assertThat(i.alerts()).anySatisfy(a -> assertThat(a).isInstanceOf(Alert.GettingWorse.class));
    }

    @Test
    void threeWeeksAreTooFewForATrend() {
        Entries e = Entries.diary().cramp(START).cramps(START.plusDays(8), 2).cramps(START.plusDays(20), 3);

        assertThat(of(e, 21).trend().verdict()).isEqualTo(Trend.Verdict.TOO_FEW_WEEKS);
    }

    @Test
    void weeksWithFewerThanFourObservedNightsAreLeftOutOfTheTrend() {
        // observed from Friday of week 1: that week has 3 observed nights, then 4 full weeks
        Entries e = Entries.diary().cramp(START.plusDays(4)).checkIn(START.plusDays(34));

        Insights i = of(e, 35);

        assertThat(i.trend().weeks()).isEqualTo(4);
    }

    @Test
    void theWorstNightsHaveTheMostCrampsThenTheWorstPain() {
        Entries e = Entries.diary()
                .cramps(START, 2)
                .cramp(START.plusDays(1), LocalTime.of(3, 0), Place.CALF, 9)
                .cramps(START.plusDays(2), 3)
                .cramp(START.plusDays(3), LocalTime.of(3, 0), Place.CALF, 4);

        Insights i = of(e, 7);

        assertThat(i.worstNights()).extracting(WorstNight::night).containsExactly(new Night(START.plusDays(2)),
                new Night(START), new Night(START.plusDays(1)), new Night(START.plusDays(3)));
    }

    @Test
    void hoursRunInTheOrderOfANightFromNoon() {
        Insights i = of(Entries.diary().cramp(START), 1);

        assertThat(i.byHour()).hasSize(24);
        assertThat(i.byHour().get(0).hour()).isEqualTo(12);
        assertThat(i.byHour().get(11).hour()).isEqualTo(23);
        assertThat(i.byHour().get(12).hour()).isZero();
        assertThat(i.byHour().get(14)).isEqualTo(new HourCount(2, 1));
    }

    /** 22:30, 23:30, 00:30, 01:30, 04:00: on the night's clock the median is 00:30, not an average near noon. */
    @Test
    void theUsualTimeIsTakenAcrossMidnight() {
        Entries e = Entries.diary();
        for (LocalTime t : new LocalTime[] {LocalTime.of(22, 30), LocalTime.of(23, 30), LocalTime.of(0, 30),
                LocalTime.of(1, 30), LocalTime.of(4, 0)}) {
            e.cramp(START, t, Place.CALF, 5);
        }

        UsualTime u = of(e, 1).usualTime().get();

        assertThat(u.median()).isEqualTo(LocalTime.of(0, 30));
        assertThat(u.from()).isEqualTo(LocalTime.of(23, 30));
        assertThat(u.to()).isEqualTo(LocalTime.of(1, 30));
        assertThat(u.busiestHour()).isEqualTo(22);
    }

    @Test
    void everyPlaceIsCountedIncludingThoseWithNoCramps() {
        Entries e = Entries.diary().cramp(START, LocalTime.of(2, 0), Place.FOOT, 3)
                .cramp(START.plusDays(1), LocalTime.of(2, 0), Place.FOOT, 3)
                .cramp(START.plusDays(2), LocalTime.of(2, 0), Place.CALF, 3);

        Insights i = of(e, 7);

        assertThat(i.byPlace()).containsExactly(new PlaceCount(Place.CALF, 1), new PlaceCount(Place.FOOT, 2),
                new PlaceCount(Place.TOES, 0), new PlaceCount(Place.THIGH_FRONT, 0), new PlaceCount(Place.THIGH_BACK, 0));
    }

    @Test
    void painIsAveragedPerWeekWithItsWorst() {
        Entries e = Entries.diary().cramp(START, LocalTime.of(2, 0), Place.CALF, 4)
                .cramp(START.plusDays(1), LocalTime.of(2, 0), Place.CALF, 8);

        assertThat(of(e, 7).pain()).containsExactly(new WeeklyPain(START, 2, 6.0, 8));
    }

    @Test
    void aFactorWithFewerThanThreeDaysOnASideIsTooFewData() {
        Entries e = Entries.diary().stretched(START, true).stretched(START.plusDays(1), true)
                .stretched(START.plusDays(2), false).stretched(START.plusDays(3), false).stretched(START.plusDays(4), false);

        FactorResult r = of(e, 7).factors().get(Factor.STRETCHED.ordinal());

        assertThat(r).isEqualTo(new FactorResult.TooFewDays(Factor.STRETCHED, 2, 3));
        assertThat(Bundle.format(r.message()))
                .isEqualTo("Too few days to compare yet: 2 days with it and 3 days without. At least 3 of each are needed.");
    }

    /**
     * 10 hard days, each followed by 2 cramps (20), and 10 easier days with 1 cramp (2 of them): RR = (20/10)/(2/10) = 10,
     * far above 1 on 22 cramps, so more cramps after hard days, unlikely chance.
     */
    @Test
    void aFactorWithEnoughDaysIsComparedAsARateRatio() {
        Entries e = Entries.diary();
        for (int d = 0; d < 20; d++) {
            boolean hard = d % 2 == 0;
            e.exercise(START.plusDays(d), hard ? Exertion.HARD : Exertion.LIGHT);
            if (hard) {
                e.cramps(START.plusDays(d), 2);
            } else if (d < 4) {
                e.cramp(START.plusDays(d));
            }
        }

        FactorResult r = of(e, 20).factors().get(Factor.HARD_EXERCISE.ordinal());

        FactorResult.Compared c = (FactorResult.Compared) r;
        assertThat(c.ratio().compared()).isEqualTo(new Counts(20, 10));
        assertThat(c.ratio().reference()).isEqualTo(new Counts(2, 10));
        assertThat(c.ratio().ratio().getAsDouble()).isEqualTo(10.0);
        assertThat(c.verdict()).isEqualTo(FactorResult.Verdict.MORE_AFTER_DAYS_WITH);
    }

    @Test
    void aFactorTheCheckInsDidNotRecordIsOnNeitherSide() {
        Entries e = Entries.diary();
        for (int d = 0; d < 10; d++) {
            e.exercise(START.plusDays(d), Exertion.HARD);
        }

        assertThat(of(e, 10).factors().get(Factor.ALCOHOL.ordinal()))
                .isEqualTo(new FactorResult.TooFewDays(Factor.ALCOHOL, 0, 0));
    }

    @Test
    void threeCrampsInTheLastSevenObservedNightsAreFrequent() {
        Entries e = Entries.diary().checkIn(START).cramp(START.plusDays(8)).cramp(START.plusDays(10))
                .cramp(START.plusDays(13));

        Insights i = of(e, 20);

        assertThat(i.alerts()).containsExactly(
                new Alert.Frequent(3, new Night(START.plusDays(7)), new Night(START.plusDays(13))));
        assertThat(Bundle.format(i.alerts().get(0).message()))
                .isEqualTo("3 cramps in the last 7 nights you logged (2026-01-12 to 2026-01-18).");
    }

    @Test
    void twoCrampsInTheLastSevenObservedNightsAreNotFrequent() {
        Entries e = Entries.diary().checkIn(START).cramp(START.plusDays(10)).cramp(START.plusDays(13));

        assertThat(of(e, 20).alerts()).isEmpty();
    }

    @Test
    void fewerThanSevenObservedNightsGiveNoFrequencyAlert() {
        Entries e = Entries.diary().cramps(START, 2).cramps(START.plusDays(3), 2);

        assertThat(of(e, 7).alerts()).isEmpty();
    }

    @Test
    void aRedFlagLoggedWithACrampIsAnAlert() {
        Entries e = Entries.diary().redFlag(START.plusDays(2), RedFlag.CALF_SWELLING_ONE_SIDE);

        Alert.RedFlagLogged a = (Alert.RedFlagLogged) of(e, 7).alerts().get(0);

        assertThat(a.symptomIds()).containsExactly("calf_swelling_one_side");
        assertThat(a.triageRule()).isEmpty();
        assertThat(Bundle.format(a.message())).isEqualTo("On the night of 2026-01-07 you noted a warning sign with a cramp.");
    }

    @Test
    void aCrampOfTenMinutesIsAnAlertForTheTenMinuteRule() {
        Entries e = Entries.diary().lasting(START, Duration.ofMinutes(10)).lasting(START.plusDays(1),
                Duration.ofMinutes(9).plusSeconds(59));

        Insights i = of(e, 7);

        assertThat(i.alerts()).singleElement().satisfies(a -> {
            assertThat(a.triageRule()).contains("cramp_over_10_minutes");
            assertThat(Bundle.format(a.message())).isEqualTo("On the night of 2026-01-05 a cramp lasted 10 minutes.");
        });
    }

    @Test
    void eachChangeOfTheDiaryIsCompared() {
        Diary d = Entries.diary().checkIn(START).change(new org.crampcare.diary.Change("Magnesium", START.plusDays(3),
                java.util.Optional.empty())).build();

        assertThat(Insights.of(d, Period.ending(START.plusDays(6), 7)).changes()).singleElement()
                .satisfies(c -> assertThat(c.runInNights()).isEqualTo(ChangeComparison.DEFAULT_RUN_IN_NIGHTS));
    }
}
