package org.crampcare.app.account;

import java.util.concurrent.atomic.AtomicInteger;

/** Fresh emails and a password the rules accept, for tests that make accounts. */
final class TestAccounts {
    static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger N = new AtomicInteger();

    private TestAccounts() {
    }

    static String email() {
        return "person" + N.incrementAndGet() + "-" + System.nanoTime() + "@example.org";
    }
}
