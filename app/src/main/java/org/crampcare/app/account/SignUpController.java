package org.crampcare.app.account;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Creating an account ({@code /signup}: {@code email}, {@code password}, {@code time_zone}).
 *
 * <p>What it says never tells whether an address has an account. A form with a bad field comes back (400) naming the
 * field, which depends only on what was typed. A good form always leads to the same sign-in page ("if this email can
 * be used, your account is ready: sign in"), whether the account was just made or already existed; in the second
 * case nothing about the existing account changes (its password stays), and its owner finds "someone tried to create
 * an account with your email" in their security log. Both paths hash the password, so they also take the same time.
 * The person is not signed in by the sign-up: signing in straight away would tell the two cases apart. The rate
 * limit per address makes trying many emails slow.
 */
@Hidden
@Controller
class SignUpController {
    static final String DEFAULT_ZONE = "UTC";
    private final Accounts accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final SecurityEvents events;
    private final RateLimits limits;
    private final Clock clock = Clock.systemUTC();

    SignUpController(Accounts accounts, PasswordPolicy policy, PasswordEncoder encoder, SecurityEvents events,
            RateLimits limits) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.events = events;
        this.limits = limits;
    }

    @GetMapping("/signup")
    String form(Model model) {
        model.addAttribute("errors", Map.of());
        model.addAttribute("email", "");
        model.addAttribute("timeZone", DEFAULT_ZONE);
        model.addAttribute("timeZoneChosen", false);
        return "account/signup";
    }

    @PostMapping("/signup")
    ModelAndView signUp(@RequestParam(name = "email", required = false) String email,
            @RequestParam(name = "password", required = false) String password,
            @RequestParam(name = "time_zone", required = false) String timeZone, HttpServletRequest request) {
        limits.require(RateLimits.Kind.SIGN_UP_IP, request.getRemoteAddr());
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Email> address = Email.parse(email);
        if (address.isEmpty()) {
            errors.put("email", "signup.email.invalid");
        }
        policy.check(password, address).ifPresent(problem -> errors.put("password", problem.messageKey()));
        Optional<ZoneId> zone = zone(timeZone);
        if (zone.isEmpty()) {
            errors.put("time_zone", "signup.timeZone.invalid");
        }
        if (!errors.isEmpty()) {
            ModelAndView again = new ModelAndView("account/signup", HttpStatus.BAD_REQUEST);
            again.addObject("errors", errors);
            again.addObject("email", email == null ? "" : email.strip());
            again.addObject("timeZone", timeZone == null || timeZone.isBlank() ? DEFAULT_ZONE : timeZone.strip());
            again.addObject("timeZoneChosen", true);
            return again;
        }
        String hash = encoder.encode(password);
        accounts.create(address.get(), hash, zone.get(), clock.instant()).ifPresentOrElse(
                id -> events.record(id, SecurityEvent.Kind.SIGNED_UP, Optional.empty()),
                () -> accounts.find(address.get()).ifPresent(existing ->
                        events.record(existing.id(), SecurityEvent.Kind.SIGN_UP_AGAIN, Optional.empty())));
        return new ModelAndView("redirect:/login?registered");
    }

    /** A time zone by its name ("Europe/London", "UTC"); blank is UTC; offsets like "+02:00" are names too. */
    static Optional<ZoneId> zone(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of(ZoneId.of(DEFAULT_ZONE));
        }
        if (typed.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(typed.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
