package org.crampcare.app.diary;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

import org.crampcare.assessment.InputError;
import org.crampcare.assessment.InvalidRequestException;
import org.crampcare.diary.Change;
import org.crampcare.diary.CheckIn;
import org.crampcare.diary.Episode;
import org.crampcare.diary.Exertion;
import org.crampcare.diary.Place;
import org.crampcare.diary.RedFlag;
import org.crampcare.diary.Side;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The diary's JSON: what the API reads (strictly, every problem with a JSON pointer, as the assessment API does) and
 * writes (every field, {@code null} for one not recorded). Values are contract v1 ids in lower case ("calf",
 * "thigh_front", "left", "dark_urine"). A PATCH is a JSON merge patch (RFC 7396) on the writable fields, read by the
 * same rules, so a bad patch is rejected before anything is written.
 */
final class DiaryJson {
    static final int MAX_BODY_BYTES = 64 * 1024;
    static final int MAX_HELPED = 1000;
    static final int MAX_NOTES = 4000;
    static final int MAX_DURATION_SECONDS = 24 * 3600;
    static final int MAX_DESCRIPTION = 500;
    static final int MAX_SUPPLEMENT = 200;

    static final Set<String> EPISODE_FIELDS = Set.of("at", "zone", "place", "side", "pain", "duration_seconds", "woke_me",
            "helped", "notes", "red_flags");
    static final Set<String> CHECK_IN_FIELDS = Set.of("day", "stretched_before_bed", "exercise", "hours_standing",
            "water_litres", "alcohol_drinks", "caffeine_drinks", "magnesium", "other_supplement", "new_medicine");
    static final Set<String> CHANGE_FIELDS = Set.of("description", "started", "ended");
    static final Set<String> READ_ONLY = Set.of("id", "night", "created_at", "updated_at");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).maxNumberLength(40)
                            .maxDocumentLength(MAX_BODY_BYTES).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private DiaryJson() {
    }

    // ------------------------------------------------------------------ reading

    /** One JSON object from a request body (UTF-8). */
    static JsonNode parse(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw invalid("", "not valid JSON: the body is not UTF-8 text");
        }
        JsonNode json;
        try {
            json = MAPPER.readTree(text);
        } catch (JacksonException e) {
            String where = e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            String what = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate")
                    ? "a field is given twice" : "malformed JSON";
            throw invalid("", "not valid JSON: " + what + where);
        }
        if (json == null || json.isMissingNode()) {
            throw invalid("", "empty body: expected one JSON object");
        }
        if (!json.isObject()) {
            throw invalid("", "expected a JSON object");
        }
        return json;
    }

    static InvalidRequestException invalid(String pointer, String message) {
        return new InvalidRequestException(List.of(new InputError(pointer, message)));
    }

    /**
     * An episode from a create request; {@code defaultZone} is asked (the account's zone, a read) only when the
     * request names none.
     */
    static Episode episode(JsonNode json, Supplier<ZoneId> defaultZone, Instant now) {
        Fields f = new Fields(json, EPISODE_FIELDS, READ_ONLY);
        Optional<Instant> at = f.instant("at", now.plus(Duration.ofDays(1)), true);
        Optional<ZoneId> zone = f.zone("zone", false);
        Optional<Place> place = f.choice("place", Place.class, Place::contractId, true);
        Optional<Side> side = f.choice("side", Side.class, Side::contractId, true);
        OptionalInt pain = f.integer("pain", 0, 10, true);
        OptionalInt seconds = f.integer("duration_seconds", 0, MAX_DURATION_SECONDS, false);
        Optional<Boolean> wokeMe = f.bool("woke_me");
        Optional<String> helped = f.text("helped", MAX_HELPED, false);
        Optional<String> notes = f.text("notes", MAX_NOTES, false);
        Set<RedFlag> flags = f.choices("red_flags", RedFlag.class, RedFlag::symptomId);
        f.done();
        return new Episode(at.orElseThrow(), zone.orElseGet(defaultZone), place.orElseThrow(), side.orElseThrow(),
                pain.getAsInt(), seconds.isPresent() ? Optional.of(Duration.ofSeconds(seconds.getAsInt())) : Optional.empty(),
                wokeMe, helped, notes, flags);
    }

    static CheckIn checkIn(JsonNode json, LocalDate latest) {
        Fields f = new Fields(json, CHECK_IN_FIELDS, READ_ONLY);
        Optional<LocalDate> day = f.date("day", latest, true);
        Optional<Boolean> stretched = f.bool("stretched_before_bed");
        Optional<Exertion> exercise = f.choice("exercise", Exertion.class, DiaryJson::id, false);
        OptionalDouble standing = f.number("hours_standing", 0, 24);
        OptionalDouble water = f.number("water_litres", 0, 20);
        OptionalInt alcohol = f.integer("alcohol_drinks", 0, 100, false);
        OptionalInt caffeine = f.integer("caffeine_drinks", 0, 100, false);
        Optional<Boolean> magnesium = f.bool("magnesium");
        Optional<String> supplement = f.text("other_supplement", MAX_SUPPLEMENT, false);
        Optional<String> medicine = f.text("new_medicine", MAX_SUPPLEMENT, false);
        f.done();
        return new CheckIn(day.orElseThrow(), stretched, exercise, standing, water, alcohol, caffeine, magnesium,
                supplement, medicine);
    }

    static Change change(JsonNode json, LocalDate latest) {
        Fields f = new Fields(json, CHANGE_FIELDS, READ_ONLY);
        Optional<String> description = f.text("description", MAX_DESCRIPTION, true);
        Optional<LocalDate> started = f.date("started", latest, true);
        Optional<LocalDate> ended = f.date("ended", LocalDate.of(9999, 12, 31), false);
        if (started.isPresent() && ended.isPresent() && ended.get().isBefore(started.get())) {
            f.error("ended", "a change cannot end before it starts (" + started.get() + ")");
        }
        f.done();
        return new Change(description.orElseThrow(), started.orElseThrow(), ended);
    }

    /** RFC 7396 merge patch of the writable fields {@code current}; the result is read by the create rules. */
    static ObjectNode merge(ObjectNode current, JsonNode patch) {
        if (!patch.isObject()) {
            throw invalid("", "a merge patch is a JSON object");
        }
        ObjectNode out = current.deepCopy();
        for (Map.Entry<String, JsonNode> e : patch.properties()) {
            if (e.getValue().isNull()) {
                out.remove(e.getKey());
            } else {
                out.set(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ writing

    /** The writable fields of an episode, exactly as a create request sends them (absent: null). */
    static ObjectNode body(Episode e) {
        ObjectNode o = NODES.objectNode();
        o.put("at", e.at().toString());
        o.put("zone", e.zone().getId());
        o.put("place", e.place().contractId());
        o.put("side", e.side().contractId());
        o.put("pain", e.pain());
        put(o, "duration_seconds", e.duration().map(d -> (int) d.toSeconds()));
        putBool(o, "woke_me", e.wokeMe());
        putText(o, "helped", e.helped());
        putText(o, "notes", e.notes());
        ArrayNode flags = o.putArray("red_flags");
        e.redFlags().stream().sorted().forEach(r -> flags.add(r.symptomId()));
        return o;
    }

    static ObjectNode json(StoredEpisode s) {
        ObjectNode o = NODES.objectNode();
        o.put("id", s.id());
        o.put("night", s.night().evening().toString());
        o.setAll(body(s.episode()));
        o.put("created_at", s.createdAt().toString());
        o.put("updated_at", s.updatedAt().toString());
        return o;
    }

    static ObjectNode body(CheckIn c) {
        ObjectNode o = NODES.objectNode();
        o.put("day", c.day().toString());
        putBool(o, "stretched_before_bed", c.stretchedBeforeBed());
        putText(o, "exercise", c.exercise().map(DiaryJson::id));
        putDouble(o, "hours_standing", c.hoursStanding());
        putDouble(o, "water_litres", c.waterLitres());
        putInt(o, "alcohol_drinks", c.alcoholDrinks());
        putInt(o, "caffeine_drinks", c.caffeineDrinks());
        putBool(o, "magnesium", c.magnesium());
        putText(o, "other_supplement", c.otherSupplement());
        putText(o, "new_medicine", c.newMedicine());
        return o;
    }

    static ObjectNode json(StoredCheckIn s) {
        ObjectNode o = NODES.objectNode();
        o.put("id", s.id());
        o.setAll(body(s.checkIn()));
        o.put("created_at", s.createdAt().toString());
        o.put("updated_at", s.updatedAt().toString());
        return o;
    }

    static ObjectNode body(Change c) {
        ObjectNode o = NODES.objectNode();
        o.put("description", c.description());
        o.put("started", c.started().toString());
        putText(o, "ended", c.ended().map(LocalDate::toString));
        return o;
    }

    static ObjectNode json(StoredChange s) {
        ObjectNode o = NODES.objectNode();
        o.put("id", s.id());
        o.setAll(body(s.change()));
        o.put("created_at", s.createdAt().toString());
        o.put("updated_at", s.updatedAt().toString());
        return o;
    }

    /** Everything of one owner, every field. */
    static ObjectNode export(List<StoredEpisode> episodes, List<StoredCheckIn> checkIns, List<StoredChange> changes,
            Instant exportedAt) {
        ObjectNode o = NODES.objectNode();
        o.put("format", "crampcare-diary");
        o.put("version", 1);
        o.put("exported_at", exportedAt.atOffset(ZoneOffset.UTC).toInstant().toString());
        ArrayNode e = o.putArray("episodes");
        episodes.forEach(x -> e.add(json(x)));
        ArrayNode c = o.putArray("check_ins");
        checkIns.forEach(x -> c.add(json(x)));
        ArrayNode ch = o.putArray("changes");
        changes.forEach(x -> ch.add(json(x)));
        return o;
    }

    static byte[] bytes(JsonNode node) {
        return MAPPER.writeValueAsBytes(node);
    }

    /** What tells a retry from another request with the same key: a hash of the content, fields in a fixed order. */
    static String fingerprint(ObjectNode body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(MAPPER.writeValueAsBytes(body));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String id(Exertion e) {
        return e.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static void put(ObjectNode o, String name, Optional<Integer> v) {
        if (v.isPresent()) {
            o.put(name, v.get());
        } else {
            o.putNull(name);
        }
    }

    private static void putInt(ObjectNode o, String name, OptionalInt v) {
        if (v.isPresent()) {
            o.put(name, v.getAsInt());
        } else {
            o.putNull(name);
        }
    }

    private static void putDouble(ObjectNode o, String name, OptionalDouble v) {
        if (v.isPresent()) {
            o.put(name, v.getAsDouble());
        } else {
            o.putNull(name);
        }
    }

    private static void putBool(ObjectNode o, String name, Optional<Boolean> v) {
        if (v.isPresent()) {
            o.put(name, v.get());
        } else {
            o.putNull(name);
        }
    }

    private static void putText(ObjectNode o, String name, Optional<String> v) {
        if (v.isPresent()) {
            o.put(name, v.get());
        } else {
            o.putNull(name);
        }
    }
}
