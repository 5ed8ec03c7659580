package org.crampcare.app.diary;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.config.NotFoundException;
import org.crampcare.diary.Episode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The logged cramps of the signed-in person: {@code /api/v1/episodes}. A create carries an {@code Idempotency-Key}:
 * the same key again answers with the first result and stores nothing more. Another person's id is 404, exactly as
 * an id that does not exist.
 */
@RestController
@Tag(name = "Diary: cramps", description = "The signed-in person's logged cramps")
class EpisodeApiController {
    static final String PATH = "/api/v1/episodes";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String NOT_FOUND = "There is no such entry in your diary.";

    private final Diary diary;

    EpisodeApiController(Diary diary) {
        this.diary = diary;
    }

    @PostMapping(PATH)
    @Operation(summary = "Log a cramp", description = """
            Fields: at (date-time with offset, required), zone (IANA time zone; default the account's), place (calf, \
            foot, toes, thigh_front, thigh_back; required), side (left, right, both; required), pain (0-10; required), \
            duration_seconds (0-86400), woke_me (boolean), helped, notes (text), red_flags (list of symptom ids: \
            calf_swelling_one_side, leg_red_or_warm, pain_persists_after_cramp, dark_urine, muscle_weakness, \
            chest_pain, breathing_difficulty). The same Idempotency-Key again answers with the first result; with \
            another body, 422.""",
            parameters = @Parameter(name = IDEMPOTENCY_KEY, in = ParameterIn.HEADER, required = true,
                    description = "A new UUID for each new entry; the same one to retry", schema = @Schema(type = "string")),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(ref = "#/components/schemas/EpisodeInput"))),
            responses = {
                @ApiResponse(responseCode = "201", description = "Logged (or logged before with this key)", content = @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(ref = "#/components/schemas/Episode"))),
                @ApiResponse(responseCode = "400", description = "Not valid; each problem with its JSON pointer",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                schema = @Schema(ref = "#/components/schemas/DiaryProblem"))),
                @ApiResponse(responseCode = "422", description = "The key was used for a different request",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                schema = @Schema(ref = "#/components/schemas/DiaryProblem")))
            })
    ResponseEntity<byte[]> create(AccountId owner, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            HttpServletRequest request) throws IOException {
        String k = ApiRequests.key(key);
        JsonNode body = ApiRequests.body(request);
        Episode episode = DiaryJson.episode(body, () -> diary.zoneOf(owner), diary.now());
        Diary.Logged logged = diary.logAndShow(owner, k, episode);
        return created(PATH, logged.outcome(), logged.entry().map(DiaryJson::json));
    }

    static ResponseEntity<byte[]> created(String path, IdempotentCreate.Outcome outcome,
            java.util.Optional<ObjectNode> json) {
        if (json.isEmpty()) {
            // the key made a row that has since been deleted: the retry must not make it again
            throw new GoneException();
        }
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(path + "/" + outcome.id()))
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed()))
                .contentType(MediaType.APPLICATION_JSON).body(DiaryJson.bytes(json.get()));
    }

    /** The row an idempotency key made was deleted since. */
    static final class GoneException extends DiaryProblems.BadBody {
        GoneException() {
            super(HttpStatus.GONE, "deleted", "What this Idempotency-Key created has been deleted since.");
        }
    }

    @GetMapping(PATH)
    @Operation(summary = "The cramps of the nights from..to", description = """
            from and to are dates (inclusive), the evening of each night; both optional. A night runs from noon to \
            noon in the person's time zone, so a cramp at 02:00 belongs to the night before.""",
            responses = @ApiResponse(responseCode = "200", description = "Newest first", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(ref = "#/components/schemas/EpisodeList"))))
    ResponseEntity<byte[]> list(AccountId owner, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        ZoneId zone = diary.zoneOf(owner);
        LocalDate[] period = ApiRequests.period(from, to, diary.today(zone));
        // a day of margin each side: each entry's night is in its own zone, which may not be the account's
        var rows = diary.episodes().between(owner, period[0].minusDays(1).atTime(LocalTime.NOON).atZone(zone).toInstant(),
                period[1].plusDays(2).atTime(LocalTime.NOON).atZone(zone).toInstant());
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        rows.stream().filter(s -> !s.night().evening().isBefore(period[0]) && !s.night().evening().isAfter(period[1]))
                .forEach(s -> out.add(DiaryJson.json(s)));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("episodes", out);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(DiaryJson.bytes(body));
    }

    @GetMapping(PATH + "/{id}")
    @Operation(summary = "One logged cramp", responses = {
        @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                schema = @Schema(ref = "#/components/schemas/Episode"))),
        @ApiResponse(responseCode = "404", description = "No such entry of yours", content = @Content(
                mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)) })
    ResponseEntity<byte[]> one(AccountId owner, @PathVariable String id) {
        return ok(DiaryJson.json(find(owner, id)));
    }

    @PatchMapping(PATH + "/{id}")
    @Operation(summary = "Change a logged cramp (JSON merge patch)", description = """
            Only the fields sent change; null clears an optional field. The result is validated as a whole; if it \
            is not valid, nothing changes.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/merge-patch+json", schema = @Schema(ref = "#/components/schemas/EpisodeInput"))),
            responses = {
                @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(ref = "#/components/schemas/Episode"))),
                @ApiResponse(responseCode = "400", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        schema = @Schema(ref = "#/components/schemas/DiaryProblem"))),
                @ApiResponse(responseCode = "404", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)) })
    ResponseEntity<byte[]> patch(AccountId owner, @PathVariable String id, HttpServletRequest request) throws IOException {
        StoredEpisode current = find(owner, id);
        JsonNode patch = ApiRequests.body(request);
        ObjectNode merged = DiaryJson.merge(DiaryJson.body(current.episode()), patch);
        Episode changed = DiaryJson.episode(merged, current.episode()::zone, diary.now());
        if (!diary.updateEpisode(owner, current.id(), changed)) {
            throw new NotFoundException(NOT_FOUND);
        }
        return ok(DiaryJson.json(find(owner, id)));
    }

    @DeleteMapping(PATH + "/{id}")
    @Operation(summary = "Delete a logged cramp", responses = {
        @ApiResponse(responseCode = "204", description = "Deleted"),
        @ApiResponse(responseCode = "404", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)) })
    ResponseEntity<Void> delete(AccountId owner, @PathVariable String id) {
        if (!diary.episodes().delete(owner, ApiRequests.id(id))) {
            throw new NotFoundException(NOT_FOUND);
        }
        return ResponseEntity.noContent().build();
    }

    private StoredEpisode find(AccountId owner, String id) {
        return diary.episodes().find(owner, ApiRequests.id(id)).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    static ResponseEntity<byte[]> ok(JsonNode json) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(DiaryJson.bytes(json));
    }

}
