package org.crampcare.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/** Browser tests are skipped where Chromium is missing, but never on CI, where they must run. */
class RequiresChromiumTest {
    private static final Optional<String> MISSING = Optional.of("/usr/bin/chromium not found");

    @Test
    void withChromiumInstalledBrowserTestsRun() {
        assertThat(RequiresChromium.Condition.decide(Optional.empty(), false).isDisabled()).isFalse();
        assertThat(RequiresChromium.Condition.decide(Optional.empty(), true).isDisabled()).isFalse();
    }

    @Test
    void withoutChromiumBrowserTestsAreSkippedSayingWhatIsMissing() {
        ConditionEvaluationResult result = RequiresChromium.Condition.decide(MISSING, false);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValueSatisfying(r -> assertThat(r).contains("/usr/bin/chromium not found"));
    }

    @Test
    void withoutChromiumOnCiBrowserTestsRunAndFail() {
        assertThat(RequiresChromium.Condition.decide(MISSING, true).isDisabled()).isFalse();
    }

    @Test
    void ciCountsAsSetUnlessEmptyOrFalse() {
        assertThat(RequiresChromium.Condition.onCi("true")).isTrue();
        assertThat(RequiresChromium.Condition.onCi("1")).isTrue();
        assertThat(RequiresChromium.Condition.onCi(null)).isFalse();
        assertThat(RequiresChromium.Condition.onCi("")).isFalse();
        assertThat(RequiresChromium.Condition.onCi("false")).isFalse();
    }
}
