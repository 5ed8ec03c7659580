package org.crampcare.rules;

import java.util.List;

/**
 * Weights of one contributing cause. The score combines the weights of the factors that hold as a noisy-OR,
 * {@code 1 - (1 - base)(1 - w1)(1 - w2)...}; a cause marked {@code residual} (idiopathic) is multiplied by
 * {@code 1 - best other score}, so it leads only when nothing more specific explains the cramps.
 */
public record CauseRule(String id, double base, boolean residual, List<Factor> factors) {

    public record Factor(Condition when, double weight) {
    }
}
