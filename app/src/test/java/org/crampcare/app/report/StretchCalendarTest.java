package org.crampcare.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.crampcare.knowledge.Entry;
import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;

class StretchCalendarTest {
    private final StretchCalendar calendars = new StretchCalendar(ReportFixtures.kb(), ReportFixtures.messages());
    private final Entry routine = ReportFixtures.kb().entry(StretchCalendar.ROUTINE).orElseThrow();
    private final StretchCalendar.Plan plan = new StretchCalendar.Plan(42, LocalTime.of(21, 30),
            ZoneId.of("Europe/Berlin"), LocalDate.of(2026, 12, 2), Instant.parse("2026-12-01T10:00:00Z"));
    private final String feed = calendars.feed(plan, "https://crampcare.example/exercises", Locale.ENGLISH);

    /** RFC 5545 3.1: unfold by removing every CRLF followed by one space or tab. */
    private String unfolded() {
        return feed.replaceAll("\r\n[ \t]", "");
    }

    @Test
    void everyLineEndsWithCrlf() {
        assertThat(feed).endsWith("\r\n");
        assertThat(feed.replace("\r\n", "")).doesNotContain("\n", "\r");
    }

    @Test
    void noLineIsLongerThan75Octets() {
        assertThat(feed.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
    }

    @Test
    void longTextIsFoldedNotCut() {
        assertThat(feed).contains("\r\n ");
        assertThat(unfolded()).contains(routine.title());
    }

    @Test
    void itIsADailyEventAtTheChosenTimeInThePersonsZone() {
        String text = unfolded();
        assertThat(text).contains("BEGIN:VCALENDAR\r\n", "VERSION:2.0\r\n", "PRODID:", "BEGIN:VEVENT\r\n",
                "RRULE:FREQ=DAILY\r\n", "DTSTART;TZID=Europe/Berlin:20261202T213000\r\n", "END:VCALENDAR\r\n");
        assertThat(text).contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n");
        assertThat(text).contains("UID:bedtime-stretches-42@crampcare\r\n", "DTSTAMP:20261201T100000Z\r\n");
    }

    @Test
    void thePropertiesThatMayOccurOnceOccurOnce() {
        String event = unfolded().substring(unfolded().indexOf("BEGIN:VEVENT"), unfolded().indexOf("BEGIN:VALARM"));
        for (String name : List.of("DTSTAMP", "UID", "DTSTART", "DURATION", "SUMMARY", "DESCRIPTION", "RRULE")) {
            assertThat(List.of(event.split("\r\n"))).as(name).filteredOn(l -> l.startsWith(name + ":") || l.startsWith(name + ";"))
                    .hasSize(1);
        }
    }

    @Test
    void itLastsAsLongAsTheRoutine() {
        assertThat(unfolded()).contains("DURATION:PT" + calendars.length().toMinutes() + "M\r\n");
        assertThat(calendars.length().toMinutes()).isBetween(3L, 15L);
    }

    @Test
    void textIsEscapedAsRfc5545Requires() {
        String description = Arrays.stream(unfolded().split("\r\n")).filter(l -> l.startsWith("DESCRIPTION:"))
                .findFirst().orElseThrow();
        // the knowledge base's steps contain commas and semicolons: both escaped; line breaks as \n
        assertThat(routine.steps()).anySatisfy(s -> assertThat(s).contains(";"));
        assertThat(description).contains("\\;", "\\,", "\\n").doesNotContainPattern("[^\\\\][;,]");
    }

    @Test
    void theWordsComeFromTheKnowledgeBaseAndReadBackExactly() throws Exception {
        var parsed = new CalendarBuilder().build(new StringReader(feed));
        VEvent event = (VEvent) parsed.getComponent("VEVENT").orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo(routine.title());
        String description = event.getDescription().getValue();
        assertThat(description).startsWith(routine.summary());
        for (String step : routine.steps()) {
            assertThat(description).contains(step);
        }
        assertThat(description).endsWith("More: https://crampcare.example/exercises");
    }

    @Test
    void itRemindsAtTheStart() {
        assertThat(unfolded()).contains("BEGIN:VALARM\r\n", "TRIGGER:PT0S\r\n", "ACTION:DISPLAY\r\n");
    }

    @Test
    void anotherZoneGivesItsOwnTimezone() {
        String ny = calendars.feed(new StretchCalendar.Plan(1, LocalTime.of(22, 0), ZoneId.of("America/New_York"),
                LocalDate.of(2026, 12, 2), Instant.EPOCH), "https://x.example/exercises", Locale.ENGLISH)
                .replaceAll("\r\n[ \t]", "");
        assertThat(ny).contains("TZID:America/New_York", "DTSTART;TZID=America/New_York:20261202T220000");
        assertThat(List.of(ny.split("\r\n"))).filteredOn(l -> l.equals("BEGIN:VTIMEZONE")).hasSize(1);
    }
}
