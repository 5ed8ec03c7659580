package org.crampcare.app.diary;

import java.io.IOException;
import java.time.LocalDate;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.config.NotFoundException;
import org.crampcare.diary.Change;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Dated changes ("started stretching every night on 1 December"): {@code /api/v1/changes}. */
@RestController
@Tag(name = "Diary: changes", description = "The signed-in person's dated changes, which the insights test")
class ChangeApiController {
    static final String PATH = "/api/v1/changes";
    static final String NOT_FOUND = "There is no such change in your diary.";

    private final Diary diary;

    ChangeApiController(Diary diary) {
        this.diary = diary;
    }

    @PostMapping(PATH)
    @Operation(summary = "Add a change", description = """
            Fields: description (1-500 characters, required), started (date, required), ended (date, optional, not \
            before started).""",
            parameters = @Parameter(name = EpisodeApiController.IDEMPOTENCY_KEY, in = ParameterIn.HEADER, required = true,
                    schema = @Schema(type = "string")),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(ref = "#/components/schemas/ChangeInput"))),
            responses = {
                @ApiResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(ref = "#/components/schemas/Change"))),
                @ApiResponse(responseCode = "400", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        schema = @Schema(ref = "#/components/schemas/DiaryProblem"))),
                @ApiResponse(responseCode = "422", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        schema = @Schema(ref = "#/components/schemas/DiaryProblem"))) })
    ResponseEntity<byte[]> create(AccountId owner,
            @RequestHeader(name = EpisodeApiController.IDEMPOTENCY_KEY, required = false) String key,
            HttpServletRequest request) throws IOException {
        String k = ApiRequests.key(key);
        Change change = DiaryJson.change(ApiRequests.body(request), latest(owner));
        IdempotentCreate.Outcome outcome = diary.addChange(owner, k, change);
        return EpisodeApiController.created(PATH, outcome, diary.changes().find(owner, outcome.id()).map(DiaryJson::json));
    }

    @GetMapping(PATH)
    @Operation(summary = "The changes in effect at some time from..to (inclusive; both optional)", responses = @ApiResponse(
            responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/ChangeList"))))
    ResponseEntity<byte[]> list(AccountId owner, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        LocalDate[] period = ApiRequests.period(from, to, diary.today(diary.zoneOf(owner)));
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        diary.changes().between(owner, period[0], period[1]).forEach(c -> out.add(DiaryJson.json(c)));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("changes", out);
        return EpisodeApiController.ok(body);
    }

    @GetMapping(PATH + "/{id}")
    @Operation(summary = "One change", responses = {
        @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                schema = @Schema(ref = "#/components/schemas/Change"))),
        @ApiResponse(responseCode = "404", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)) })
    ResponseEntity<byte[]> one(AccountId owner, @PathVariable String id) {
        return EpisodeApiController.ok(DiaryJson.json(find(owner, id)));
    }

    @PatchMapping(PATH + "/{id}")
    @Operation(summary = "Change a change (JSON merge patch): end it with {\"ended\": \"2027-01-15\"}", responses = {
        @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                schema = @Schema(ref = "#/components/schemas/Change"))),
        @ApiResponse(responseCode = "400", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                schema = @Schema(ref = "#/components/schemas/DiaryProblem"))),
        @ApiResponse(responseCode = "404", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)) })
    ResponseEntity<byte[]> patch(AccountId owner, @PathVariable String id, HttpServletRequest request) throws IOException {
        StoredChange current = find(owner, id);
        ObjectNode merged = DiaryJson.merge(DiaryJson.body(current.change()), ApiRequests.body(request));
        Change changed = DiaryJson.change(merged, latest(owner));
        if (!diary.updateChange(owner, current.id(), changed)) {
            throw new NotFoundException(NOT_FOUND);
        }
        return EpisodeApiController.ok(DiaryJson.json(find(owner, id)));
    }

    @DeleteMapping(PATH + "/{id}")
    @Operation(summary = "Delete a change", responses = {
        @ApiResponse(responseCode = "204"),
        @ApiResponse(responseCode = "404", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)) })
    ResponseEntity<Void> delete(AccountId owner, @PathVariable String id) {
        if (!diary.changes().delete(owner, ApiRequests.id(id))) {
            throw new NotFoundException(NOT_FOUND);
        }
        return ResponseEntity.noContent().build();
    }

    private LocalDate latest(AccountId owner) {
        return diary.today(diary.zoneOf(owner)).plusYears(1);
    }

    private StoredChange find(AccountId owner, String id) {
        return diary.changes().find(owner, ApiRequests.id(id)).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }
}
