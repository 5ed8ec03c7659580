package org.crampcare.app.theme;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The theme switch without JavaScript: a link to {@code /theme?set=dark&back=/first-aid} stores the choice in a
 * cookie and sends the visitor back to the page they were on (only to an address on this site).
 */
@Hidden
@Controller
class ThemeController {
    static final Duration KEPT = Duration.ofDays(365);

    @GetMapping("/theme")
    ResponseEntity<Void> set(@RequestParam(name = "set", required = false) String set,
            @RequestParam(name = "back", required = false) String back) {
        Theme theme = Theme.fromKey(set);
        ResponseCookie cookie = ResponseCookie.from(Theme.COOKIE, theme.key()).path("/").maxAge(KEPT)
                .sameSite("Lax").httpOnly(true).build();
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.SET_COOKIE, cookie.toString())
                .header(HttpHeaders.LOCATION, safeBack(back)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** A path on this site ("/library?q=x"), never another site ("//evil.example", "https://...", "/\\evil"). */
    static String safeBack(String back) {
        if (back == null || back.length() > 500 || !back.startsWith("/") || back.startsWith("//")
                || back.contains("\\") || back.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return "/";
        }
        return back;
    }
}
