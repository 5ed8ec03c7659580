package org.crampcare.app.report;

import java.time.LocalDate;
import java.util.Locale;

import org.crampcare.app.config.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code GET /calendar/{secret}.ics}: the bedtime stretch feed a phone's calendar subscribes to. Public (a calendar
 * app cannot sign in): the secret in the address is the key, and an unknown, malformed or revoked one is a 404 like
 * any missing page, never a hint that it once existed.
 */
@Hidden
@Controller
class CalendarFeedController {
    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarFeeds feeds;
    private final StretchCalendar calendar;

    CalendarFeedController(CalendarFeeds feeds, StretchCalendar calendar) {
        this.feeds = feeds;
        this.calendar = calendar;
    }

    @GetMapping("/calendar/{secret}.ics")
    ResponseEntity<String> feed(@PathVariable String secret, Locale locale) {
        var feed = feeds.bySecret(secret).orElseThrow(() -> new NotFoundException("There is no page at this address."));
        LocalDate firstDay = feed.created().atZone(feed.zone()).toLocalDate();
        String more = ServletUriComponentsBuilder.fromCurrentContextPath().path("/exercises").toUriString();
        String body = calendar.feed(new StretchCalendar.Plan(feed.id(), feed.remindAt(), feed.zone(), firstDay,
                feed.created()), more, locale);
        return ResponseEntity.ok().contentType(CALENDAR).header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .header("X-Robots-Tag", "noindex, nofollow").body(body);
    }
}
