package org.crampcare.app.library;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.crampcare.app.config.NotFoundException;
import org.crampcare.knowledge.Exercise;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Source;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import tools.jackson.databind.json.JsonMapper;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Read-only JSON over the knowledge base: the list of entries, one entry in full, and the library search. Errors are
 * application/problem+json (400 for a bad search, 404 for an unknown id) from {@code ApiErrors}. An entry's JSON is
 * written once, when first asked for, and then sent as it is: the knowledge base does not change while the server
 * runs, and writing it again was most of the time of each request.
 */
@RestController
@RequestMapping("/api/v1")
class KnowledgeApiController {
    private final Library library;
    private final LibrarySearch search;
    private final KnowledgeBase kb;
    private final JsonMapper json;
    /** An entry's JSON by id: at most one per entry of the knowledge base (an unknown id is a 404, never kept). */
    private final Map<String, byte[]> written = new ConcurrentHashMap<>();

    KnowledgeApiController(Library library, LibrarySearch search, KnowledgeBase kb, JsonMapper json) {
        this.library = library;
        this.search = search;
        this.kb = kb;
        this.json = json;
    }

    /** Every entry of the knowledge base, in knowledge-base order. */
    record EntryList(@JsonProperty("knowledge_version") String knowledgeVersion, int count, List<EntrySummary> entries) {
    }

    record EntrySummary(String id, String kind, String topic, String title, String summary, String grade, String url) {
        static EntrySummary of(EntryView e) {
            return new EntrySummary(e.id(), e.entry().kind().key(), e.topic().key(), e.title(), e.summary(),
                    e.grade().key(), e.url());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EntryDetail(String id, String kind, String topic, String title, String summary,
            @JsonProperty("body_markdown") String bodyMarkdown, String grade,
            @JsonProperty("grade_label") String gradeLabel, String verdict, String why, List<String> steps,
            ExerciseTiming exercise, List<String> routine, List<SourceRef> sources, List<EntryLink> related, List<String> covers,
            List<String> aliases, List<String> audience, String url) {
        static EntryDetail of(EntryView v) {
            var e = v.entry();
            return new EntryDetail(e.id(), e.kind().key(), e.topic().key(), e.title(), e.summary(), e.body(),
                    e.grade().key(), e.grade().label(), e.verdict().map(x -> x.key()).orElse(null),
                    e.why().orElse(null), e.steps(), e.exercise().map(ExerciseTiming::of).orElse(null),
                    e.routine().isEmpty() ? null : e.routine(), v.sources().stream().map(SourceRef::of).toList(), v.related(), e.covers(), e.aliases(),
                    e.audience(), v.url());
        }
    }

    record ExerciseTiming(@JsonProperty("hold_seconds") int holdSeconds, int repetitions, int sets,
            @JsonProperty("rest_seconds") int restSeconds, @JsonProperty("per_leg") boolean perLeg,
            @JsonProperty("total_seconds") int totalSeconds) {
        static ExerciseTiming of(Exercise x) {
            return new ExerciseTiming(x.holdSeconds(), x.repetitions(), x.sets(), x.restSeconds(), x.perLeg(),
                    x.totalSeconds());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SourceRef(String id, String title, String publisher, Integer year, String url) {
        static SourceRef of(Source s) {
            return new SourceRef(s.id(), s.title(), s.publisher(), s.year(), s.url().orElse(null));
        }
    }

    record SearchResponse(String query, List<Hit> hits) {
    }

    record Hit(String id, String title, String kind, String topic, String grade,
            @JsonProperty("snippet_html") String snippetHtml, String url) {
        static Hit of(SearchHit h) {
            return new Hit(h.id(), h.title(), h.kind(), h.topic().key(), h.grade().key(), h.snippetHtml(), h.url());
        }
    }

    @GetMapping("/knowledge")
    EntryList list() {
        List<EntrySummary> entries = library.entries().stream().map(EntrySummary::of).toList();
        return new EntryList(kb.version(), entries.size(), entries);
    }

    @GetMapping(value = "/knowledge/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "The entry", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = EntryDetail.class)))
    ResponseEntity<byte[]> entry(@PathVariable String id) {
        byte[] body = written.get(id);
        if (body == null) {
            EntryDetail detail = (LibraryController.ID.matcher(id).matches() ? library.entry(id)
                    : java.util.Optional.<EntryView>empty()).map(EntryDetail::of)
                    .orElseThrow(() -> new NotFoundException("The knowledge base has no entry with this id."));
            body = written.computeIfAbsent(id, k -> json.writeValueAsBytes(detail));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping("/search")
    SearchResponse search(@RequestParam(name = "q", required = false) String q) {
        SearchQuery query = new SearchQuery(q);
        return new SearchResponse(query.text(), search.search(query).stream().map(Hit::of).toList());
    }
}
