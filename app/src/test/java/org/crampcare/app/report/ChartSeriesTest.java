package org.crampcare.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampcare.app.report.ReportFixtures.episode;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.crampcare.diary.Place;
import org.crampcare.diary.Side;
import org.junit.jupiter.api.Test;

class ChartSeriesTest {
    // Monday 2 November to Sunday 15 November 2026: two whole weeks
    private final Period twoWeeks = new Period(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 15));

    private ChartSeries of(List<org.crampcare.diary.Episode> episodes) {
        return new ChartSeries(twoWeeks, episodes, Locale.ENGLISH);
    }

    @Test
    void aCrampInTheSmallHoursCountsForTheWeekOfItsEvening() {
        // 02:00 on Monday 9 November belongs to the night of Sunday 8 November: the first week
        var s = of(List.of(episode(LocalDate.of(2026, 11, 9), LocalTime.of(2, 0), Place.CALF, Side.LEFT, 5))).weekly();
        assertThat(s.points()).extracting(Point::value).containsExactly(1.0, 0.0);
        assertThat(s.points()).extracting(Point::key).containsExactly("2026-11-02", "2026-11-09");
    }

    @Test
    void hoursRunFromNoonToTheNextNoon() {
        var s = of(List.of(episode(LocalDate.of(2026, 11, 3), LocalTime.of(3, 30), Place.CALF, Side.LEFT, 5))).byHour();
        assertThat(s.points()).hasSize(24);
        assertThat(s.points().get(0).label()).isEqualTo("12:00");
        assertThat(s.points().get(23).label()).isEqualTo("11:00");
        assertThat(s.points().get(15)).isEqualTo(new Point("03", "03:00", 1));
    }

    @Test
    void everyPlaceIsListedEvenWithoutCramps() {
        var s = of(List.of(episode(LocalDate.of(2026, 11, 3), LocalTime.of(23, 0), Place.FOOT, Side.RIGHT, 5)))
                .byPlace(p -> p.contractId().toUpperCase(Locale.ROOT));
        assertThat(s.points()).extracting(Point::key).containsExactly("calf", "foot", "toes", "thigh_front", "thigh_back");
        assertThat(s.points()).extracting(Point::value).containsExactly(0.0, 1.0, 0.0, 0.0, 0.0);
        assertThat(s.points().get(1).label()).isEqualTo("FOOT");
    }

    @Test
    void painIsTheMeanOfEachWeekThatHasCramps() {
        var s = of(List.of(episode(LocalDate.of(2026, 11, 10), LocalTime.of(22, 0), Place.CALF, Side.LEFT, 4),
                episode(LocalDate.of(2026, 11, 12), LocalTime.of(22, 0), Place.CALF, Side.LEFT, 7))).pain();
        assertThat(s.points()).containsExactly(new Point("2026-11-09", "9 Nov", 5.5));
    }

    @Test
    void nightsWithACrampCountEachNightOnce() {
        var s = of(List.of(episode(LocalDate.of(2026, 11, 3), LocalTime.of(22, 0), Place.CALF, Side.LEFT, 4),
                episode(LocalDate.of(2026, 11, 4), LocalTime.of(3, 0), Place.FOOT, Side.LEFT, 4),
                episode(LocalDate.of(2026, 11, 5), LocalTime.of(3, 0), Place.FOOT, Side.LEFT, 4))).nightsWithCramp();
        assertThat(s.points()).extracting(Point::value).containsExactly(2.0, 0.0);
    }

    @Test
    void crampsOutsideThePeriodAreLeftOut() {
        var s = of(List.of(episode(LocalDate.of(2026, 11, 16), LocalTime.of(22, 0), Place.CALF, Side.LEFT, 4),
                episode(LocalDate.of(2026, 11, 2), LocalTime.of(3, 0), Place.CALF, Side.LEFT, 4))).weekly();
        assertThat(s.total()).isZero();
    }

    @Test
    void aPeriodThatStartsMidWeekStartsWithThatWeek() {
        var mid = new ChartSeries(new Period(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 10)), List.of(),
                Locale.ENGLISH).weekly();
        assertThat(mid.points()).extracting(Point::key).containsExactly("2026-11-02", "2026-11-09");
    }
}
