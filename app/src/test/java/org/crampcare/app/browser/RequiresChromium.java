package org.crampcare.app.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests need Debian's Chromium and its driver. Where they are missing the tests are skipped with a message
 * that says how to install them, except on CI (the environment variable {@code CI} is set): there they run, and fail
 * with that message, because CI must run them ({@code .ci/run} installs the packages).
 */
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Condition.class)
@interface RequiresChromium {

    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return decide(Chromium.missing(), onCi(System.getenv("CI")));
        }

        static ConditionEvaluationResult decide(Optional<String> missing, boolean onCi) {
            return missing
                    .map(m -> onCi
                            ? ConditionEvaluationResult.enabled("CI is set: browser tests run, and fail: " + m)
                            : ConditionEvaluationResult.disabled("Browser tests skipped: " + m))
                    .orElseGet(() -> ConditionEvaluationResult.enabled("Chromium and chromedriver are installed"));
        }

        /** CI systems set CI (GitHub Actions, GitLab, Jenkins, ... to "true"); "false" or empty means not on CI. */
        static boolean onCi(String ci) {
            return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
        }
    }
}
