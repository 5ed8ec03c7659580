package org.crampcare.app.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.crampcare.knowledge.Entry;
import org.crampcare.knowledge.EntryKind;
import org.crampcare.knowledge.KnowledgeBase;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The bedtime stretch routine as an iCalendar feed (RFC 5545, written by ical4j, which folds long lines at 75 octets
 * and escapes commas, semicolons and backslashes in text): one daily event (RRULE FREQ=DAILY) at the person's chosen
 * time in their zone, with its VTIMEZONE, lasting as long as the routine, with a reminder at its start. Its summary is
 * the routine's title and its description the routine's summary and steps, from the knowledge base
 * ({@code knowledge/topics/exercises.yaml}, entry {@value #ROUTINE}); only the calendar's name and the "More:" line
 * are interface words (messages).
 */
@Component
public class StretchCalendar {
    public static final String ROUTINE = "bedtime_stretch_routine";

    /** What a feed needs: its row id (for a stable UID), the time and zone, the first day, when it was made. */
    public record Plan(long feedId, LocalTime at, ZoneId zone, LocalDate firstDay, Instant created) {
        public Plan {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(firstDay, "firstDay");
            Objects.requireNonNull(created, "created");
        }
    }

    private final Entry routine;
    private final Duration length;
    private final MessageSource messages;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    public StretchCalendar(KnowledgeBase kb, MessageSource messages) {
        this.messages = messages;
        this.routine = kb.entry(ROUTINE)
                .orElseThrow(() -> new IllegalStateException("the knowledge base has no entry " + ROUTINE));
        int seconds = routine.routine().stream().map(kb::entry).flatMap(Optional::stream)
                .filter(e -> e.kind() == EntryKind.EXERCISE).flatMap(e -> e.exercise().stream())
                .mapToInt(x -> x.totalSeconds()).sum();
        this.length = Duration.ofMinutes(Math.max(1, Math.round(seconds / 60.0)));
    }

    public Duration length() {
        return length;
    }

    /** The feed's text, with CRLF line ends; {@code moreAt} is the absolute address of the exercises page. */
    public String feed(Plan plan, String moreAt, Locale locale) {
        var start = plan.firstDay().atTime(plan.at()).atZone(plan.zone());
        VEvent event = new VEvent(start, length, routine.title());
        event.add(new Uid("bedtime-stretches-" + plan.feedId() + "@crampcare"));
        // the constructor stamps the event with the clock: the feed's own creation time instead, so it is stable
        event.replace(new DtStamp(plan.created()));
        event.add(new RRule<>("FREQ=DAILY"));
        event.add(new Description(description(moreAt, locale)));
        VAlarm alarm = new VAlarm(Duration.ZERO);
        alarm.add(new Action("DISPLAY"));
        alarm.add(new Description(routine.title()));
        event.add(alarm);

        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//CrampCare//Bedtime stretches//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        String name = messages.getMessage("report.calendar.title", null, locale);
        calendar.add(new Name(name));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), Duration.ofDays(1)));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "P1D"));
        calendar.add(zones.getTimeZone(plan.zone().getId()).getVTimeZone());
        calendar.add(event);

        var validation = calendar.validate();
        if (validation.hasErrors()) {
            throw new IllegalStateException("the stretch calendar does not conform to RFC 5545: " + validation);
        }
        StringWriter out = new StringWriter(2048);
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the stretch calendar does not conform to RFC 5545", e);
        }
        return out.toString();
    }

    private String description(String moreAt, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(routine.summary());
        lines.add("");
        lines.addAll(routine.steps());
        lines.add("");
        lines.add(messages.getMessage("report.calendar.more", new Object[] { moreAt }, locale));
        return String.join("\n", lines);
    }
}
