package org.crampcare.app.diary;

import java.io.IOException;
import java.time.LocalDate;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.config.NotFoundException;
import org.crampcare.diary.CheckIn;
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

/** The daily check-ins: {@code /api/v1/check-ins}, one per day; every factor optional ("not recorded", never "no"). */
@RestController
@Tag(name = "Diary: check-ins", description = "The signed-in person's daily factors")
class CheckInApiController {
    static final String PATH = "/api/v1/check-ins";
    static final String NOT_FOUND = "There is no such check-in in your diary.";

    private final Diary diary;

    CheckInApiController(Diary diary) {
        this.diary = diary;
    }

    @PostMapping(PATH)
    @Operation(summary = "Add the check-in of a day", description = """
            Fields: day (date, required), stretched_before_bed, magnesium (booleans), exercise (none, light, moderate, \
            hard), hours_standing (0-24), water_litres (0-20), alcohol_drinks, caffeine_drinks (0-100), \
            other_supplement, new_medicine (text). A day that has a check-in answers 409: change it with PATCH.""",
            parameters = @Parameter(name = EpisodeApiController.IDEMPOTENCY_KEY, in = ParameterIn.HEADER, required = true,
                    schema = @Schema(type = "string")),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(ref = "#/components/schemas/CheckInInput"))),
            responses = {
                @ApiResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(ref = "#/components/schemas/CheckIn"))),
                @ApiResponse(responseCode = "400", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        schema = @Schema(ref = "#/components/schemas/DiaryProblem"))),
                @ApiResponse(responseCode = "409", description = "The day has a check-in", content = @Content(
                        mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = "#/components/schemas/DiaryProblem"))),
                @ApiResponse(responseCode = "422", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        schema = @Schema(ref = "#/components/schemas/DiaryProblem"))) })
    ResponseEntity<byte[]> create(AccountId owner,
            @RequestHeader(name = EpisodeApiController.IDEMPOTENCY_KEY, required = false) String key,
            HttpServletRequest request) throws IOException {
        String k = ApiRequests.key(key);
        CheckIn checkIn = DiaryJson.checkIn(ApiRequests.body(request), latest(owner));
        IdempotentCreate.Outcome outcome = diary.addCheckIn(owner, k, checkIn);
        return EpisodeApiController.created(PATH, outcome, diary.checkIns().find(owner, outcome.id()).map(DiaryJson::json));
    }

    @GetMapping(PATH)
    @Operation(summary = "The check-ins of the days from..to (inclusive; both optional)", responses = @ApiResponse(
            responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/CheckInList"))))
    ResponseEntity<byte[]> list(AccountId owner, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        LocalDate[] period = ApiRequests.period(from, to, diary.today(diary.zoneOf(owner)));
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        diary.checkIns().between(owner, period[0], period[1]).forEach(c -> out.add(DiaryJson.json(c)));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("check_ins", out);
        return EpisodeApiController.ok(body);
    }

    @GetMapping(PATH + "/{id}")
    @Operation(summary = "One check-in", responses = {
        @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                schema = @Schema(ref = "#/components/schemas/CheckIn"))),
        @ApiResponse(responseCode = "404", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)) })
    ResponseEntity<byte[]> one(AccountId owner, @PathVariable String id) {
        return EpisodeApiController.ok(DiaryJson.json(find(owner, id)));
    }

    @PatchMapping(PATH + "/{id}")
    @Operation(summary = "Change a check-in (JSON merge patch)", responses = {
        @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                schema = @Schema(ref = "#/components/schemas/CheckIn"))),
        @ApiResponse(responseCode = "400", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                schema = @Schema(ref = "#/components/schemas/DiaryProblem"))),
        @ApiResponse(responseCode = "404", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)) })
    ResponseEntity<byte[]> patch(AccountId owner, @PathVariable String id, HttpServletRequest request) throws IOException {
        StoredCheckIn current = find(owner, id);
        ObjectNode merged = DiaryJson.merge(DiaryJson.body(current.checkIn()), ApiRequests.body(request));
        CheckIn changed = DiaryJson.checkIn(merged, latest(owner));
        if (!diary.updateCheckIn(owner, current.id(), changed)) {
            throw new NotFoundException(NOT_FOUND);
        }
        return EpisodeApiController.ok(DiaryJson.json(find(owner, id)));
    }

    @DeleteMapping(PATH + "/{id}")
    @Operation(summary = "Delete a check-in", responses = {
        @ApiResponse(responseCode = "204"),
        @ApiResponse(responseCode = "404", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)) })
    ResponseEntity<Void> delete(AccountId owner, @PathVariable String id) {
        if (!diary.checkIns().delete(owner, ApiRequests.id(id))) {
            throw new NotFoundException(NOT_FOUND);
        }
        return ResponseEntity.noContent().build();
    }

    private LocalDate latest(AccountId owner) {
        return diary.today(diary.zoneOf(owner)).plusDays(1);
    }

    private StoredCheckIn find(AccountId owner, String id) {
        return diary.checkIns().find(owner, ApiRequests.id(id)).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }
}
