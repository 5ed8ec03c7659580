package org.crampcare.app.theme;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The colour theme a visitor chose with the switch at the foot of every page, kept in the cookie {@code theme}:
 * {@code auto} follows the device (prefers-color-scheme), {@code dark} and {@code light} override it. Anything else
 * in the cookie counts as auto.
 */
public enum Theme {
    AUTO, DARK, LIGHT;

    public static final String COOKIE = "theme";

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Theme fromKey(String key) {
        if (key == null) {
            return AUTO;
        }
        return Arrays.stream(values()).filter(t -> t.key().equals(key.strip().toLowerCase(Locale.ROOT))).findFirst()
                .orElse(AUTO);
    }

    /** The theme a request's cookie asks for (auto without one). */
    public static Theme of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return fromKey(c.getValue());
                }
            }
        }
        return AUTO;
    }
}
