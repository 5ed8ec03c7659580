package org.crampcare.app.report;

import java.util.Locale;

import org.crampcare.app.config.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /shared/{token}}: the report a person shared, read-only, for the period and sections they chose. Public
 * and unlisted (not indexed, not cached). An expired, revoked, unknown or malformed token is the same 404.
 */
@Hidden
@Controller
class SharedReportController {
    private final ShareLinks links;
    private final Reports reports;
    private final MessageSource messages;

    SharedReportController(ShareLinks links, Reports reports, MessageSource messages) {
        this.links = links;
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping("/shared/{token}")
    String shared(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
        var link = links.open(token, reports.now())
                .orElseThrow(() -> new NotFoundException("There is no page at this address."));
        DoctorReport report = reports.report(link.account(), link.period(), link.sections(), locale);
        reports.exported(link.account(), "shared report opened (link " + link.id() + ")");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        model.addAttribute("r", ReportView.of(report, messages, locale));
        return "report/shared";
    }
}
