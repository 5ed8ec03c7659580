package org.crampcare.app.library;

import java.util.List;
import java.util.regex.Pattern;

import org.crampcare.app.config.NotFoundException;
import org.crampcare.knowledge.Topic;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** The library pages: browse by topic, one page per entry, and search. */
@Controller
class LibraryController {
    static final Pattern ID = Pattern.compile("[a-z0-9_]{1,80}");

    /** A browse topic with the address of its page and its entries. */
    record TopicView(Topic topic, String url, List<EntryView> entries) {
    }

    private final Library library;
    private final LibrarySearch search;
    private final Drawings drawings;

    LibraryController(Library library, LibrarySearch search) {
        this.library = library;
        this.search = search;
        this.drawings = library.drawings();
    }

    /** What each evidence grade means, in plain words: every grade badge links here. */
    @GetMapping("/library/evidence")
    String evidence(Model model) {
        model.addAttribute("grades", org.crampcare.knowledge.Grade.values());
        return "library/evidence";
    }

    @GetMapping("/library")
    String index(Model model) {
        model.addAttribute("topics", library.byTopic().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new TopicView(e.getKey(), Library.topicUrl(e.getKey()), e.getValue())).toList());
        return "library/index";
    }

    @GetMapping("/library/topics/{key}")
    String topic(@PathVariable String key, Model model) {
        Topic topic = Library.topic(key).orElseThrow(() -> new NotFoundException("There is no library topic '"
                + abbreviate(key) + "'."));
        model.addAttribute("topic", new TopicView(topic, Library.topicUrl(topic), library.inTopic(topic)));
        return "library/topic";
    }

    @GetMapping("/library/{id}")
    String entry(@PathVariable String id, Model model) {
        EntryView entry = (ID.matcher(id).matches() ? library.entry(id) : java.util.Optional.<EntryView>empty())
                .orElseThrow(() -> new NotFoundException("The library has no entry '" + abbreviate(id) + "'."));
        model.addAttribute("e", entry);
        model.addAttribute("topicUrl", Library.topicUrl(entry.topic()));
        model.addAttribute("drawing", drawings.of(entry.id()).orElse(null));
        return "library/entry";
    }

    @GetMapping("/library/search")
    String search(@RequestParam(name = "q", required = false) String q, Model model, HttpServletResponse response) {
        model.addAttribute("q", q == null ? "" : abbreviate(q, SearchQuery.MAX_LENGTH + 20));
        try {
            SearchQuery query = new SearchQuery(q);
            model.addAttribute("hits", search.search(query));
        } catch (SearchQuery.InvalidSearchException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
            model.addAttribute("hits", List.of());
        }
        return "library/search";
    }

    private static String abbreviate(String s) {
        return abbreviate(s, 80);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "\u2026";
    }
}
