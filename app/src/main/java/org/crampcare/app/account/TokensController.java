package org.crampcare.app.account;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Personal access tokens ({@code /account/tokens}): a POST with a {@code name} creates one and shows it once, in
 * {@code #new-token}, in the answer to that POST (it is never stored, so it cannot be shown again); the list shows
 * name, creation and last use; each can be revoked. Another person's token id is "not found", like one that does not
 * exist.
 */
@Hidden
@Controller
class TokensController {
    static final int MAX_NAME = 100;
    private final AccessTokens tokens;
    private final SecurityEvents events;
    private final RateLimits limits;

    TokensController(AccessTokens tokens, SecurityEvents events, RateLimits limits) {
        this.tokens = tokens;
        this.events = events;
        this.limits = limits;
    }

    @GetMapping("/account/tokens")
    String list(AccountId id, Model model) {
        model.addAttribute("tokens", tokens.list(id));
        model.addAttribute("newToken", null);
        model.addAttribute("error", null);
        return "account/tokens";
    }

    @PostMapping("/account/tokens")
    ModelAndView create(AccountId id, @RequestParam(name = "name", required = false) String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME || clean.chars().anyMatch(Character::isISOControl)) {
            ModelAndView again = new ModelAndView("account/tokens", HttpStatus.BAD_REQUEST);
            again.addObject("tokens", tokens.list(id));
            again.addObject("newToken", null);
            again.addObject("error", "tokens.name.invalid");
            return again;
        }
        limits.require(RateLimits.Kind.TOKEN_ACCOUNT, Long.toString(id.value()));
        AccessTokens.Created created = tokens.create(id, clean);
        events.record(id, SecurityEvent.Kind.TOKEN_CREATED, Optional.of(clean));
        ModelAndView page = new ModelAndView("account/tokens");
        page.addObject("tokens", tokens.list(id));
        page.addObject("newToken", created.token());
        page.addObject("error", null);
        return page;
    }

    @PostMapping("/account/tokens/{token}/revoke")
    String revoke(AccountId id, @PathVariable("token") long token) {
        AccessToken row = tokens.find(id, token).orElseThrow(() -> new org.crampcare.app.config.NotFoundException(
                "There is no such token."));
        if (tokens.revoke(id, token)) {
            events.record(id, SecurityEvent.Kind.TOKEN_REVOKED, Optional.of(row.name()));
        }
        return "redirect:/account/tokens";
    }
}
