package org.crampcare.app.diary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crampcare.diary.Episode;
import org.crampcare.diary.Place;
import org.crampcare.diary.RedFlag;
import org.crampcare.diary.Side;

/**
 * The "Log a cramp" and "Change" forms as values: the same words of the form in both directions, so a form with an
 * error is shown again as it was sent. Errors are message keys by field name (the page links each to its field).
 */
final class EpisodeForm {
    static final String KEY = "idempotency_key";
    /** Quick picks of "how long", in seconds: the middle of each range, and over ten minutes as fifteen. */
    static final Map<String, Integer> DURATIONS = Map.of("under_1", 30, "1_to_5", 180, "5_to_10", 450, "over_10", 900);
    static final Map<String, Integer> WHEN = Map.of("now", 0, "15m", 15, "1h", 60);

    /** What the form was sent with (or shows): every value as text. */
    record Values(String when, String time, String at, String zone, String place, String side, String pain,
            String duration, String durationSeconds, String wokeMe, String key) {
    }

    record Read(Optional<Episode> episode, Map<String, String> errors) {
    }

    private EpisodeForm() {
    }

    static Values values(Map<String, String[]> params) {
        return new Values(one(params, "when", "now"), one(params, "time", ""), one(params, "at", ""), one(params, "zone", ""),
                one(params, "place", ""), one(params, "side", ""), one(params, "pain", ""), one(params, "duration", ""),
                one(params, "duration_seconds", ""), one(params, "woke_me", ""), one(params, KEY, ""));
    }

    /** A new entry from the quick form; the zone from the page (its script) or else the account's. */
    static Read read(Values v, ZoneId accountZone, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        ZoneId zone = Zones.parse(v.zone()).orElse(accountZone);
        Optional<Instant> at = when(v, zone, now, errors);
        return finish(v, at, zone, errors, Optional.empty(), Optional.empty(), Set.of());
    }

    /** The main fields changed on an existing entry (its details are kept). */
    static Read change(Values v, Episode current, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Instant> at = localTime(v.time(), current.zone(), now, errors);
        return finish(v, at, current.zone(), errors, current.helped(), current.notes(), current.redFlags());
    }

    /** The values that show an entry in the change form. */
    static Values of(Episode e) {
        String picked = e.duration().map(d -> DURATIONS.entrySet().stream()
                .filter(x -> x.getValue() == d.toSeconds()).map(Map.Entry::getKey).findFirst().orElse("exact")).orElse("");
        return new Values("time", e.at().atZone(e.zone()).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString(), "",
                e.zone().getId(), e.place().contractId(), e.side().contractId(), Integer.toString(e.pain()), picked,
                picked.equals("exact") ? Long.toString(e.duration().get().toSeconds()) : "",
                e.wokeMe().map(b -> b ? "yes" : "no").orElse(""), "");
    }

    private static Read finish(Values v, Optional<Instant> at, ZoneId zone, Map<String, String> errors,
            Optional<String> helped, Optional<String> notes, Set<RedFlag> flags) {
        Optional<Place> place = Optional.empty();
        for (Place p : Place.values()) {
            if (p.contractId().equals(v.place())) {
                place = Optional.of(p);
            }
        }
        if (place.isEmpty()) {
            errors.put("place", "diary.error.place");
        }
        Optional<Side> side = Optional.empty();
        for (Side s : Side.values()) {
            if (s.contractId().equals(v.side())) {
                side = Optional.of(s);
            }
        }
        if (side.isEmpty()) {
            errors.put("side", "diary.error.side");
        }
        int pain = -1;
        if (v.pain().matches("\\d{1,2}") && Integer.parseInt(v.pain()) <= 10) {
            pain = Integer.parseInt(v.pain());
        } else {
            errors.put("pain", "diary.error.pain");
        }
        Optional<Duration> duration = Optional.empty();
        if (DURATIONS.containsKey(v.duration())) {
            duration = Optional.of(Duration.ofSeconds(DURATIONS.get(v.duration())));
        } else if (v.duration().equals("exact")) {
            if (v.durationSeconds().matches("\\d{1,5}") && Integer.parseInt(v.durationSeconds()) <= DiaryJson.MAX_DURATION_SECONDS) {
                duration = Optional.of(Duration.ofSeconds(Integer.parseInt(v.durationSeconds())));
            } else {
                errors.put("duration_seconds", "diary.error.seconds");
            }
        } else if (!v.duration().isEmpty() && !v.duration().equals("unknown")) {
            errors.put("duration", "diary.error.duration");
        }
        Optional<Boolean> woke = switch (v.wokeMe()) {
            case "yes" -> Optional.of(true);
            case "no" -> Optional.of(false);
            case "" -> Optional.empty();
            default -> {
                errors.put("woke_me", "diary.error.woke");
                yield Optional.empty();
            }
        };
        if (!errors.isEmpty() || at.isEmpty()) {
            return new Read(Optional.empty(), errors);
        }
        return new Read(Optional.of(new Episode(at.get(), zone, place.get(), side.get(), pain, duration, woke, helped,
                notes, flags)), errors);
    }

    private static Optional<Instant> when(Values v, ZoneId zone, Instant now, Map<String, String> errors) {
        if (!v.at().isEmpty() && !v.when().equals("time")) {
            // the page's script stamps the moment of the tap, so an entry sent later (offline) keeps its time
            try {
                Instant at = OffsetDateTime.parse(v.at()).toInstant();
                if (!at.isAfter(now.plus(Duration.ofDays(1))) && at.isAfter(now.minus(Duration.ofDays(365 * 100)))) {
                    return Optional.of(at);
                }
            } catch (DateTimeParseException e) {
                // fall back to the choice itself
            }
        }
        if (WHEN.containsKey(v.when())) {
            return Optional.of(now.minus(Duration.ofMinutes(WHEN.get(v.when()))).truncatedTo(ChronoUnit.SECONDS));
        }
        if (v.when().equals("time")) {
            return localTime(v.time(), zone, now, errors);
        }
        errors.put("when", "diary.error.when");
        return Optional.empty();
    }

    private static Optional<Instant> localTime(String text, ZoneId zone, Instant now, Map<String, String> errors) {
        try {
            if (text.length() > 30) {
                throw new DateTimeParseException("too long", text, 0);
            }
            Instant at = LocalDateTime.parse(text).atZone(zone).toInstant();
            if (at.isAfter(now.plus(Duration.ofMinutes(5)))) {
                errors.put("time", "diary.error.future");
                return Optional.empty();
            }
            if (at.isBefore(Fields.EARLIEST.atStartOfDay(zone).toInstant())) {
                errors.put("time", "diary.error.time");
                return Optional.empty();
            }
            return Optional.of(at);
        } catch (DateTimeParseException e) {
            errors.put("time", "diary.error.time");
            return Optional.empty();
        }
    }

    /** The red flags ticked on the details form; an unknown one is an error. */
    static Optional<Set<RedFlag>> flags(String[] ticked) {
        EnumSet<RedFlag> out = EnumSet.noneOf(RedFlag.class);
        if (ticked == null) {
            return Optional.of(out);
        }
        if (ticked.length > RedFlag.values().length * 2) {
            return Optional.empty();
        }
        for (String t : ticked) {
            RedFlag found = null;
            for (RedFlag r : RedFlag.values()) {
                if (r.symptomId().equals(t)) {
                    found = r;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            out.add(found);
        }
        return Optional.of(out);
    }

    static String one(Map<String, String[]> params, String name, String otherwise) {
        String[] v = params.get(name);
        if (v == null || v.length == 0 || v[0] == null) {
            return otherwise;
        }
        String s = v[0].strip();
        return s.length() > 5000 ? s.substring(0, 5000) : s;
    }
}
