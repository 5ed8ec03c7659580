package org.crampcare.app.library;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.crampcare.knowledge.EntryKind;
import org.crampcare.knowledge.KnowledgeBase;

/**
 * The simple drawings of the exercises: a drawing for entry {@code id} is the file
 * {@code static/img/exercises/<id>.svg}, found once at start-up. An exercise without a file has no drawing.
 */
public final class Drawings {
    static final String FOLDER = "static/img/exercises/";

    private final Map<String, String> urls;

    Drawings(KnowledgeBase kb) {
        ClassLoader loader = Drawings.class.getClassLoader();
        this.urls = kb.entries().stream().filter(e -> e.kind() == EntryKind.EXERCISE)
                .filter(e -> loader.getResource(FOLDER + e.id() + ".svg") != null)
                .collect(Collectors.toUnmodifiableMap(e -> e.id(), e -> "/img/exercises/" + e.id() + ".svg"));
    }

    /** The address of the entry's drawing, if it has one. */
    public Optional<String> of(String id) {
        return Optional.ofNullable(urls.get(id));
    }

    /** For templates: every drawing by entry id. */
    public Map<String, String> all() {
        return urls;
    }

}
