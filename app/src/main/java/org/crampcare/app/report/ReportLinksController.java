package org.crampcare.app.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.config.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The signed-in person's share links and calendar feed ({@code /diary/reports}): make one, see them, revoke one. A
 * new link's address is shown once, on the page that made it; only its hash is kept. Forms work without JavaScript;
 * a value that cannot be used comes back as a 400 page naming the field.
 */
@Hidden
@Controller
class ReportLinksController {
    static final String PAGE = "/diary/reports";

    private final ShareLinks links;
    private final CalendarFeeds feeds;
    private final Reports reports;
    private final MessageSource messages;

    ReportLinksController(ShareLinks links, CalendarFeeds feeds, Reports reports, MessageSource messages) {
        this.links = links;
        this.feeds = feeds;
        this.reports = reports;
        this.messages = messages;
    }

    /** A link as the page lists it. */
    record LinkRow(long id, String period, String sections, String expires, boolean live) {
    }

    @GetMapping(PAGE)
    String page(AccountId account, Model model) {
        return render(account, model);
    }

    @PostMapping(PAGE + "/share")
    String share(AccountId account, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String days, @RequestParam(required = false) List<String> sections,
            Locale locale, Model model, HttpServletResponse response) {
        Period period;
        Set<ReportSection> chosen;
        int valid;
        try {
            period = PeriodParameters.period(from, to, messages, locale);
            chosen = PeriodParameters.sections(sections == null ? null : String.join(",", sections), messages, locale);
            valid = days(days, locale);
        } catch (PeriodParameters.BadParameter e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", "share-" + e.parameter());
            return render(account, model);
        }
        var now = reports.now();
        String token = links.create(account, period, chosen, now, now.plus(Duration.ofDays(valid)));
        model.addAttribute("createdLink", ServletUriComponentsBuilder.fromCurrentContextPath().path("/shared/{t}")
                .buildAndExpand(token).toUriString());
        return render(account, model);
    }

    @PostMapping(PAGE + "/share/{id}/revoke")
    String revoke(AccountId account, @PathVariable long id) {
        // another person's link is, as everywhere in the diary, a link that does not exist; revoking twice is fine
        if (links.of(account).stream().noneMatch(l -> l.id() == id)) {
            throw new NotFoundException("There is no such link.");
        }
        links.revoke(account, id, reports.now());
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/calendar")
    String calendar(AccountId account, @RequestParam(required = false) String time, Locale locale, Model model,
            HttpServletResponse response) {
        LocalTime at;
        try {
            at = LocalTime.parse(time == null ? "" : time.strip());
        } catch (DateTimeParseException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", messages.getMessage("report.problem.time", new Object[] { "time" }, locale));
            model.addAttribute("errorField", "calendar-time");
            return render(account, model);
        }
        String secret = feeds.create(account, at.withSecond(0).withNano(0), reports.now());
        model.addAttribute("createdCalendar", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/calendar/{s}.ics").buildAndExpand(secret).toUriString());
        return render(account, model);
    }

    @PostMapping(PAGE + "/calendar/revoke")
    String revokeCalendar(AccountId account) {
        feeds.revoke(account, reports.now());
        return "redirect:" + PAGE;
    }

    private int days(String days, Locale locale) {
        try {
            int d = Integer.parseInt(days == null ? "" : days.strip());
            if (d >= 1 && d <= ShareLinks.MAX_DAYS) {
                return d;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new PeriodParameters.BadParameter("days", messages.getMessage("report.problem.days", null, locale));
    }

    private String render(AccountId account, Model model) {
        var now = reports.now();
        model.addAttribute("links", links.of(account).stream().map(l -> new LinkRow(l.id(),
                l.period().from() + " – " + l.period().to(), ShareLinks.keys(l.sections()),
                l.expires().toString().substring(0, 16).replace('T', ' ') + " UTC", l.live(now))).toList());
        model.addAttribute("calendarAt", feeds.live(account).map(f -> f.remindAt().toString()).orElse(null));
        model.addAttribute("sectionKeys", ReportSection.all().stream().map(ReportSection::key).toList());
        LocalDate today = now.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        model.addAttribute("defaultFrom", today.minusDays(90).toString());
        model.addAttribute("defaultTo", today.toString());
        return "report/links";
    }
}
