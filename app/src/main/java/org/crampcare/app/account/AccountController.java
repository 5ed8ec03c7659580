package org.crampcare.app.account;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The account page ({@code /account}), its security log, the time zone, and deleting everything. */
@Hidden
@Controller
class AccountController {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private final Accounts accounts;
    private final SecurityEvents events;
    private final AccountDeletion deletion;
    private final PublicKeyCredentialUserEntityRepository passkeyUsers;
    private final UserCredentialRepository passkeys;

    /** A passkey as the account page lists it. */
    record Passkey(String label, String created, String lastUsed) {
    }

    AccountController(Accounts accounts, SecurityEvents events, AccountDeletion deletion,
            PublicKeyCredentialUserEntityRepository passkeyUsers, UserCredentialRepository passkeys) {
        this.accounts = accounts;
        this.events = events;
        this.deletion = deletion;
        this.passkeyUsers = passkeyUsers;
        this.passkeys = passkeys;
    }

    @GetMapping("/account")
    String account(AccountId id, @RequestParam(name = "passkey-added", required = false) String passkeyAdded,
            @RequestParam(name = "time-zone-saved", required = false) String timeZoneSaved, Model model) {
        Account account = accounts.find(id).orElseThrow(() -> new org.crampcare.app.config.NotFoundException(
                "There is no such account."));
        model.addAttribute("account", account);
        model.addAttribute("passkeys", passkeys(account));
        model.addAttribute("passkeyAdded", passkeyAdded != null);
        model.addAttribute("timeZoneSaved", timeZoneSaved != null);
        return "account/index";
    }

    @PostMapping("/account/time-zone")
    String timeZone(AccountId id, @RequestParam(name = "time_zone", required = false) String typed) {
        Optional<ZoneId> zone = SignUpController.zone(typed);
        if (zone.isEmpty()) {
            throw new org.crampcare.app.config.BadInputException(
                    "The time zone is not valid: enter a name like Europe/London or UTC.");
        }
        accounts.changeTimeZone(id, zone.get());
        events.record(id, SecurityEvent.Kind.TIME_ZONE_CHANGED, Optional.of(zone.get().getId()));
        return "redirect:/account?time-zone-saved";
    }

    /** Where Spring Security's passkey script goes after adding one. */
    @GetMapping("/webauthn/register")
    String passkeyAdded() {
        return "redirect:/account?passkey-added";
    }

    @GetMapping("/account/security")
    String security(AccountId id, Model model) {
        Account account = accounts.find(id).orElseThrow();
        model.addAttribute("events", events.latest(id));
        model.addAttribute("zone", account.timeZone());
        return "account/security";
    }

    @GetMapping("/account/delete")
    String confirmDeletion(Model model) {
        model.addAttribute("error", null);
        return "account/delete";
    }

    @PostMapping("/account/delete")
    ModelAndView delete(AccountId id, @RequestParam(name = "confirm", required = false) String confirm,
            Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        if (!"yes".equals(confirm)) {
            ModelAndView again = new ModelAndView("account/delete", HttpStatus.BAD_REQUEST);
            again.addObject("error", "delete.notConfirmed");
            return again;
        }
        deletion.delete(id);
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        new CookieClearingLogoutHandler("remember-me", "XSRF-TOKEN").logout(request, response, authentication);
        return new ModelAndView("redirect:/login?deleted");
    }

    private List<Passkey> passkeys(Account account) {
        PublicKeyCredentialUserEntity user = passkeyUsers.findByUsername(account.email().value());
        if (user == null) {
            return List.of();
        }
        return passkeys.findByUserId(user.getId()).stream()
                .sorted(Comparator.comparing(CredentialRecord::getCreated, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(c -> new Passkey(c.getLabel(), day(c.getCreated()), c.getLastUsed() == null ? null : day(c.getLastUsed())))
                .toList();
    }

    private static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }
}
