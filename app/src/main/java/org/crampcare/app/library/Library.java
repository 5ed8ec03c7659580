package org.crampcare.app.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crampcare.knowledge.Entry;
import org.crampcare.knowledge.EntryKind;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Source;
import org.crampcare.knowledge.Topic;
import org.springframework.stereotype.Component;

/**
 * Every knowledge entry, ready to show, built once at start-up: bodies rendered from Markdown, sources and related
 * entries resolved, grouped by browse topic in knowledge-base order. Immutable and shared between threads.
 */
@Component
public class Library {
    private final Map<String, EntryView> entries;
    private final Map<Topic, List<EntryView>> byTopic;
    private final Drawings drawings;

    public Library(KnowledgeBase kb, List<CanonicalUrls> canonicalUrls) {
        this.drawings = new Drawings(kb);
        Markdown markdown = new Markdown();
        Map<String, String> urls = new LinkedHashMap<>();
        for (Entry e : kb.entries()) {
            urls.put(e.id(), canonicalUrls.stream().map(c -> c.urlFor(e.id())).flatMap(Optional::stream).findFirst()
                    .orElse(libraryUrl(e.id())));
        }
        Map<String, EntryView> views = new LinkedHashMap<>();
        Map<Topic, List<EntryView>> topics = new EnumMap<>(Topic.class);
        for (Topic t : Topic.values()) {
            topics.put(t, new ArrayList<>());
        }
        for (Entry e : kb.entries()) {
            List<Source> sources = e.sources().stream().map(kb::source).flatMap(Optional::stream).toList();
            List<EntryLink> related = e.related().stream().map(kb::entry).flatMap(Optional::stream)
                    .map(r -> new EntryLink(r.id(), r.title(), urls.get(r.id()))).toList();
            EntryView view = new EntryView(e, markdown.toHtml(e.body()), sources, related, urls.get(e.id()));
            views.put(e.id(), view);
            topics.get(e.topic()).add(view);
        }
        topics.replaceAll((t, list) -> List.copyOf(list));
        this.entries = java.util.Collections.unmodifiableMap(views);
        this.byTopic = java.util.Collections.unmodifiableMap(topics);
    }

    /** The library page of an entry, whatever its canonical page is. */
    public static String libraryUrl(String id) {
        return "/library/" + id;
    }

    public Optional<EntryView> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public Collection<EntryView> entries() {
        return entries.values();
    }

    /** Every browse topic, in order, with its entries (possibly none). */
    public Map<Topic, List<EntryView>> byTopic() {
        return byTopic;
    }

    public List<EntryView> inTopic(Topic topic) {
        return byTopic.get(topic);
    }

    public List<EntryView> ofKind(EntryKind kind) {
        return entries.values().stream().filter(e -> e.entry().kind() == kind).toList();
    }

    /** The URL of an entry's page (its first-aid page for a first-aid situation, else its library page). */
    public String urlOf(String id) {
        return entry(id).map(EntryView::url).orElse(libraryUrl(id));
    }

    public static Optional<Topic> topic(String key) {
        return Arrays.stream(Topic.values()).filter(t -> t.key().equals(key) || t.key().replace('_', '-').equals(key))
                .findFirst();
    }

    /** The address of a topic's page: /library/topics/look-alikes. */
    public static String topicUrl(Topic topic) {
        return "/library/topics/" + topic.key().replace('_', '-');
    }

    /** The simple drawings of the exercises (see {@link Drawings}). */
    public Drawings drawings() {
        return drawings;
    }
}
