package org.crampcare.assessment;

import org.crampcare.rules.Facts;
import org.crampcare.support.Fixtures;

/** Facts of a request, for tests of the rule language. */
public final class TestFacts {
    private TestFacts() {
    }

    public static Facts of(String json) {
        return RequestFacts.of(Fixtures.request(json), Fixtures.kb().medicineIndex());
    }
}
