package org.crampcare.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.crampcare.interview.Interview;
import org.junit.jupiter.api.Test;

/** The interview benchmark's answers are what it says they are (no timing here). */
class InterviewBenchmarkTest {

    @Test
    void theMidWayAnswersHaveEveryWarningSignAnsweredAndTheRestOpen() {
        InterviewBenchmark b = new InterviewBenchmark();
        b.setUp();
        assertThat(b.afterRedFlags().next()).isNotEmpty()
                .noneMatch(q -> Interview.RED_FLAGS.equals(q.stage()));
        assertThat(b.afterRedFlags().settled()).isFalse();
        assertThat(b.empty().next().get(0).stage()).isEqualTo(Interview.RED_FLAGS);
        assertThat(b.allNotSure().finished()).isTrue();
        assertThat(b.allNotSure().notRuledOut()).isNotEmpty();
    }
}
