package org.crampcare.app.account;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only API under the protected addresses: it answers with the account the request acts for. */
@RestController
class WhoAmI {
    static final String GET = "/api/v1/insights/test-only-whoami";
    static final String POST = "/api/v1/episodes/test-only-whoami";

    @GetMapping(GET)
    Map<String, Long> get(AccountId account) {
        return Map.of("account", account.value());
    }

    @PostMapping(POST)
    Map<String, Long> post(AccountId account) {
        return Map.of("account", account.value());
    }
}
