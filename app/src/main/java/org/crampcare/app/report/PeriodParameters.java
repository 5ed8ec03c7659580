package org.crampcare.app.report;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads {@code from}, {@code to} and {@code sections} as a visitor sent them, with a {@link BadParameter} that names
 * the parameter for every mistake: not a date, {@code to} before {@code from}, more than two years, an unknown
 * section.
 */
public final class PeriodParameters {
    private PeriodParameters() {
    }

    /** A parameter that cannot be used: which one, and why in plain words (from the messages). */
    public static final class BadParameter extends RuntimeException {
        private final String parameter;

        public BadParameter(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    public static Period period(String from, String to, MessageSource messages, Locale locale) {
        LocalDate f = date("from", from, messages, locale);
        LocalDate t = date("to", to, messages, locale);
        var problem = Period.problem(f, t);
        if (problem.isPresent()) {
            throw new BadParameter("to", messages.getMessage("report.problem." + problem.get().name().toLowerCase(Locale.ROOT),
                    null, locale));
        }
        return new Period(f, t);
    }

    public static Set<ReportSection> sections(String sections, MessageSource messages, Locale locale) {
        if (sections == null || sections.isBlank()) {
            return ReportSection.all();
        }
        Set<ReportSection> out = EnumSet.noneOf(ReportSection.class);
        for (String key : sections.split(",")) {
            String k = key.strip().toLowerCase(Locale.ROOT);
            out.add(ReportSection.fromKey(k).orElseThrow(() -> new BadParameter("sections",
                    messages.getMessage("report.problem.section", new Object[] { shorten(k) }, locale))));
        }
        return out;
    }

    /** The 400 answer of the API: problem+json whose {@code parameter} names what to correct. */
    public static ResponseEntity<ProblemDetail> problem(BadParameter e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", "invalid_parameter");
        problem.setProperty("parameter", e.parameter());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static LocalDate date(String name, String value, MessageSource messages, Locale locale) {
        try {
            if (value == null || value.length() != 10) {
                throw new DateTimeParseException("not yyyy-mm-dd", String.valueOf(value), 0);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadParameter(name, messages.getMessage("report.problem.date", new Object[] { name }, locale));
        }
    }

    private static String shorten(String s) {
        String t = s.replaceAll("[^a-z_]", "?");
        return t.length() > 30 ? t.substring(0, 30) : t;
    }
}
