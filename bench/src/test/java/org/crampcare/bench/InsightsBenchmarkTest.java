package org.crampcare.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.crampcare.diary.Diary;
import org.junit.jupiter.api.Test;

/** The insights benchmark's diary is what it says it is (no timing here). */
class InsightsBenchmarkTest {

    @Test
    void theDiaryHasTwoThousandEntriesOverSevenHundredNights() {
        Diary d = InsightsBenchmark.diary(20240601L);

        assertThat(d.episodes().size() + d.checkIns().size()).isEqualTo(2000);
        assertThat(d.used().orElseThrow().nights()).isEqualTo(InsightsBenchmark.DAYS);
        assertThat(d.changes()).hasSize(3);
    }

    @Test
    void theComparedChangeHasEnoughNightsForAVerdict() {
        InsightsBenchmark b = new InsightsBenchmark();
        b.setUp();

        assertThat(b.comparison().afterCounts().nights()).isGreaterThanOrEqualTo(14);
        assertThat(b.insights().counts().cramps()).isEqualTo(InsightsBenchmark.EPISODES);
    }
}
