package org.crampcare.app.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The sign-in page (Spring Security checks the form's POST to {@code /login}). Each message is the same whether or
 * not an account exists: a wrong password and an unknown email read alike.
 */
@Hidden
@Controller
class SignInController {

    @GetMapping("/login")
    String signIn(@RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "again", required = false) String again,
            @RequestParam(name = "signed-out", required = false) String signedOut,
            @RequestParam(name = "registered", required = false) String registered,
            @RequestParam(name = "deleted", required = false) String deleted, Model model) {
        model.addAttribute("error", error != null);
        model.addAttribute("again", again != null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("registered", registered != null);
        model.addAttribute("deleted", deleted != null);
        model.addAttribute("csrfMeta", true);
        return "account/login";
    }
}
