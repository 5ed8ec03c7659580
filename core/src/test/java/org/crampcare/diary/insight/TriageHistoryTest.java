package org.crampcare.diary.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampcare.diary.insight.Entries.START;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import org.crampcare.assessment.AssessmentResult;
import org.crampcare.diary.Change;
import org.crampcare.diary.Diary;
import org.crampcare.diary.Place;
import org.crampcare.rules.Level;
import org.crampcare.support.Fixtures;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

class TriageHistoryTest {
    /** The day after the 56th night: 8 full weeks of diary. */
    private static final LocalDate TODAY = START.plusDays(56);

    /**
     * 8 weeks used every day, two cramps a week at 02:00 (Tuesday and Friday nights), stretching since the 15th day.
     * By hand: the last 28 nights hold 8 cramps, 8 * 7 / 28 = 2.0 a week; the first cramp's night is START + 1, 55 days
     * before today, 7.857 weeks, 7.8 rounded down; self-care since START + 14, 42 days, 6.0 weeks; its comparison
     * (run-in 7) has 4 cramps in 14 nights before and 10 in 35 after, 2.0 a week both, no clear difference, so
     * improving is false.
     */
    private static Diary stretchingThatDidNotHelp() {
        Entries e = Entries.diary().checkIn(START).checkIn(TODAY.minusDays(1));
        for (int w = 0; w < 8; w++) {
            e.cramp(START.plusWeeks(w).plusDays(1)).cramp(START.plusWeeks(w).plusDays(4));
        }
        return e.change(new Change("Stretching before bed", START.plusDays(14), Optional.empty())).build();
    }

    @Test
    void aDiaryGivesTheHistoryFieldsItCanTell() {
        TriageHistory h = TriageHistory.of(stretchingThatDidNotHelp(), TODAY);

        assertThat(h.episodesPerWeek().getAsDouble()).isEqualTo(2.0);
        assertThat(h.weeksSinceOnset().getAsDouble()).isEqualTo(7.8);
        assertThat(h.selfCareWeeks().getAsDouble()).isEqualTo(6.0);
        assertThat(h.improving()).contains(false);
        assertThat(h.mostlyAtNight()).contains(true);
        assertThat(h.worsening()).isEmpty();
        assertThat(h.disturbsSleep()).isEmpty();
    }

    @Test
    void theHistoryIsAValidRequestThatSendsUnimprovedCrampsToTheDoctor() {
        ObjectNode request = Fixtures.JSON.createObjectNode();
        request.set("history", TriageHistory.of(stretchingThatDidNotHelp(), TODAY).json());

        AssessmentResult r = Fixtures.engine().assess(Fixtures.reader().validate(request));

        assertThat(r.triage().level()).isEqualTo(Level.DOCTOR);
        assertThat(Fixtures.ids(r.triage().reasons())).contains("not_improving_with_self_care");
    }

    /** 10 cramps in the 14 nights before, 1 in the 35 after the run-in: fewer and unlikely chance, so improving. */
    @Test
    void aChangeThatClearlyHelpedIsImproving() {
        Entries e = Entries.diary().checkIn(START).checkIn(TODAY.minusDays(1));
        for (int i = 0; i < 10; i++) {
            e.cramp(START.plusDays(i));
        }
        e.cramp(START.plusDays(40));
        Diary d = e.change(new Change("Stretching before bed", START.plusDays(14), Optional.empty())).build();

        assertThat(TriageHistory.of(d, TODAY).improving()).contains(true);
    }

    @Test
    void aChangeThatEndedIsNotSelfCareGoingOn() {
        Entries e = Entries.diary().checkIn(START).cramp(START.plusDays(3));
        Diary d = e.change(new Change("Magnesium", START, Optional.of(START.plusDays(10)))).build();

        TriageHistory h = TriageHistory.of(d, TODAY);

        assertThat(h.selfCareWeeks()).isEmpty();
        assertThat(h.improving()).isEmpty();
    }

    @Test
    void fewerThanSevenObservedRecentNightsGiveNoRate() {
        Diary d = Entries.diary().cramps(TODAY.minusDays(3), 2).checkIn(TODAY.minusDays(1)).build();

        assertThat(TriageHistory.of(d, TODAY).episodesPerWeek()).isEmpty();
        assertThat(TriageHistory.of(d, TODAY).json().has("episodes_per_week")).isFalse();
    }

    @Test
    void crampsThatWokeThePersonAtLeastHalfTheTimeDisturbSleep() {
        Diary d = Entries.diary().woke(START, true).woke(START.plusDays(1), false).woke(START.plusDays(2), true)
                .woke(START.plusDays(3), false).build();

        assertThat(TriageHistory.of(d, START.plusDays(7)).disturbsSleep()).contains(true);
    }

    @Test
    void crampsThatRarelyWokeThePersonDoNotDisturbSleep() {
        Diary d = Entries.diary().woke(START, true).woke(START.plusDays(1), false).woke(START.plusDays(2), false)
                .build();

        assertThat(TriageHistory.of(d, START.plusDays(7)).disturbsSleep()).contains(false);
    }

    @Test
    void daytimeCrampsAreNotMostlyAtNight() {
        Diary d = Entries.diary().cramp(START, LocalTime.of(15, 0), Place.CALF, 4)
                .cramp(START.plusDays(1), LocalTime.of(16, 0), Place.CALF, 4)
                .cramp(START.plusDays(2), LocalTime.of(23, 0), Place.CALF, 4).build();

        assertThat(TriageHistory.of(d, START.plusDays(7)).mostlyAtNight()).contains(false);
    }

    /** Weekly cramps 0, 1, 1, 2, 3, 4 (InsightsTest: p = 0.0129): worsening. */
    @Test
    void aSignificantUpwardTrendIsWorsening() {
        Entries e = Entries.diary().checkIn(START).checkIn(START.plusDays(41));
        int[] perWeek = {0, 1, 1, 2, 3, 4};
        for (int w = 0; w < perWeek.length; w++) {
            for (int c = 0; c < perWeek[w]; c++) {
                e.cramp(START.plusWeeks(w).plusDays(c));
            }
        }

        assertThat(TriageHistory.of(e.build(), START.plusDays(42)).worsening()).contains(true);
    }

    @Test
    void anEmptyDiaryTellsNothing() {
        assertThat(TriageHistory.of(Diary.empty(Entries.ZONE), TODAY).json().isEmpty()).isTrue();
    }
}
