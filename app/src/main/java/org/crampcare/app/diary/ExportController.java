package org.crampcare.app.diary;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crampcare.app.account.AccountId;
import org.crampcare.app.account.DataExported;
import org.crampcare.diary.RedFlag;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Everything of the owner, every field: {@code GET /api/v1/export} and {@code /diary/export.json} (JSON),
 * {@code /diary/export.csv} (one table, a row per entry, check-in and change; UTF-8 with a BOM so spreadsheets read
 * it; a cell that a spreadsheet would take for a formula starts with '). Every export publishes {@link DataExported}.
 */
@RestController
@Tag(name = "Diary: export", description = "Everything of the signed-in person")
class ExportController {
    static final String API = "/api/v1/export";
    static final List<String> CSV_COLUMNS = List.of("record", "id", "night", "at", "zone", "local_time", "place", "side",
            "pain", "duration_seconds", "woke_me", "helped", "notes", "red_flags", "day", "stretched_before_bed",
            "exercise", "hours_standing", "water_litres", "alcohol_drinks", "caffeine_drinks", "magnesium",
            "other_supplement", "new_medicine", "description", "started", "ended", "created_at", "updated_at");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Diary diary;
    private final ApplicationEventPublisher events;

    ExportController(Diary diary, ApplicationEventPublisher events) {
        this.diary = diary;
        this.events = events;
    }

    @GetMapping(API)
    @Operation(summary = "Everything in the diary, every field", responses = @ApiResponse(responseCode = "200",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(ref = "#/components/schemas/DiaryExport"))))
    ResponseEntity<byte[]> api(AccountId owner) {
        return json(owner, "export (API)", false);
    }

    @GetMapping("/diary/export.json")
    ResponseEntity<byte[]> page(AccountId owner) {
        return json(owner, "export (JSON)", true);
    }

    private ResponseEntity<byte[]> json(AccountId owner, String what, boolean attachment) {
        Instant now = diary.now();
        byte[] body = DiaryJson.bytes(DiaryJson.export(diary.episodes().all(owner), diary.checkIns().all(owner),
                diary.changes().all(owner), now));
        events.publishEvent(new DataExported(owner, what));
        var answer = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (attachment) {
            answer.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename("crampcare-diary-" + diary.today(diary.zoneOf(owner)) + ".json").build().toString());
        }
        return answer.body(body);
    }

    @GetMapping("/diary/export.csv")
    void csv(AccountId owner, HttpServletResponse response) throws IOException {
        var episodes = diary.episodes().all(owner);
        var checkIns = diary.checkIns().all(owner);
        var changes = diary.changes().all(owner);
        events.publishEvent(new DataExported(owner, "export (CSV)"));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("crampcare-diary-" + diary.today(diary.zoneOf(owner)) + ".csv").build().toString());
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        write(out, episodes, checkIns, changes);
        out.flush();
    }

    static void write(Appendable out, List<StoredEpisode> episodes, List<StoredCheckIn> checkIns,
            List<StoredChange> changes) throws IOException {
        out.append('\uFEFF');
        // not closed here: closing the printer would close the response; the caller flushes it
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        {
            csv.printRecord(CSV_COLUMNS);
            for (StoredEpisode s : episodes) {
                var e = s.episode();
                String[] row = blank();
                set(row, "record", "episode");
                set(row, "id", Long.toString(s.id()));
                set(row, "night", s.night().evening().toString());
                set(row, "at", e.at().toString());
                set(row, "zone", e.zone().getId());
                set(row, "local_time", LOCAL.format(e.at().atZone(e.zone())));
                set(row, "place", e.place().contractId());
                set(row, "side", e.side().contractId());
                set(row, "pain", Integer.toString(e.pain()));
                set(row, "duration_seconds", e.duration().map(Duration::toSeconds).map(String::valueOf).orElse(""));
                set(row, "woke_me", text(e.wokeMe()));
                set(row, "helped", e.helped().orElse(""));
                set(row, "notes", e.notes().orElse(""));
                set(row, "red_flags", e.redFlags().stream().sorted().map(RedFlag::symptomId).collect(Collectors.joining(" ")));
                stamps(row, s.createdAt(), s.updatedAt());
                csv.printRecord(neutralised(row));
            }
            for (StoredCheckIn s : checkIns) {
                var c = s.checkIn();
                String[] row = blank();
                set(row, "record", "check_in");
                set(row, "id", Long.toString(s.id()));
                set(row, "day", c.day().toString());
                set(row, "stretched_before_bed", text(c.stretchedBeforeBed()));
                set(row, "exercise", c.exercise().map(DiaryJson::id).orElse(""));
                set(row, "hours_standing", text(c.hoursStanding()));
                set(row, "water_litres", text(c.waterLitres()));
                set(row, "alcohol_drinks", text(c.alcoholDrinks()));
                set(row, "caffeine_drinks", text(c.caffeineDrinks()));
                set(row, "magnesium", text(c.magnesium()));
                set(row, "other_supplement", c.otherSupplement().orElse(""));
                set(row, "new_medicine", c.newMedicine().orElse(""));
                stamps(row, s.createdAt(), s.updatedAt());
                csv.printRecord(neutralised(row));
            }
            for (StoredChange s : changes) {
                var c = s.change();
                String[] row = blank();
                set(row, "record", "change");
                set(row, "id", Long.toString(s.id()));
                set(row, "description", c.description());
                set(row, "started", c.started().toString());
                set(row, "ended", c.ended().map(Object::toString).orElse(""));
                stamps(row, s.createdAt(), s.updatedAt());
                csv.printRecord(neutralised(row));
            }
        }
        csv.flush();
    }

    /** A cell a spreadsheet would run as a formula (= + - @, or a tab or carriage return first) starts with '. */
    static String neutralise(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    private static List<String> neutralised(String[] row) {
        List<String> out = new ArrayList<>(row.length);
        Arrays.stream(row).forEach(c -> out.add(neutralise(c)));
        return out;
    }

    private static String[] blank() {
        String[] row = new String[CSV_COLUMNS.size()];
        Arrays.fill(row, "");
        return row;
    }

    private static void set(String[] row, String column, String value) {
        row[CSV_COLUMNS.indexOf(column)] = value;
    }

    private static void stamps(String[] row, Instant created, Instant updated) {
        set(row, "created_at", created.toString());
        set(row, "updated_at", updated.toString());
    }

    private static String text(Optional<Boolean> b) {
        return b.map(String::valueOf).orElse("");
    }

    private static String text(OptionalInt i) {
        return i.isPresent() ? Integer.toString(i.getAsInt()) : "";
    }

    private static String text(OptionalDouble d) {
        return d.isPresent() ? Double.toString(d.getAsDouble()) : "";
    }
}
