package org.crampcare.app.library;

import java.util.List;
import java.util.Optional;

import org.crampcare.knowledge.Entry;
import org.crampcare.knowledge.Exercise;
import org.crampcare.knowledge.Grade;
import org.crampcare.knowledge.Source;
import org.crampcare.knowledge.Topic;
import org.crampcare.knowledge.Verdict;

/**
 * An entry ready to show: the knowledge entry with its body rendered to safe HTML once, its sources and related
 * entries resolved, and the address of its page.
 */
public record EntryView(Entry entry, String bodyHtml, List<Source> sources, List<EntryLink> related, String url) {

    public String id() {
        return entry.id();
    }

    public String title() {
        return entry.title();
    }

    public String summary() {
        return entry.summary();
    }

    public Topic topic() {
        return entry.topic();
    }

    public Grade grade() {
        return entry.grade();
    }

    public List<String> steps() {
        return entry.steps();
    }

    /** Cautions of a first-aid situation, shown boxed after its first step. */
    public List<String> warnings() {
        return entry.warnings();
    }

    /** The day the entry was last checked against its sources. */
    public java.time.LocalDate lastReviewed() {
        return entry.lastReviewed();
    }

    public List<String> covers() {
        return entry.covers();
    }

    /** For templates: the verdict, or null when the entry has none. */
    public Verdict verdictOrNull() {
        return entry.verdict().orElse(null);
    }

    /** For templates: why not, or null. */
    public String whyOrNull() {
        return entry.why().orElse(null);
    }

    /** For templates: the exercise timing, or null. */
    public Exercise exerciseOrNull() {
        return entry.exercise().orElse(null);
    }

    public Optional<Verdict> verdict() {
        return entry.verdict();
    }

    public boolean notRecommended() {
        return entry.verdict().filter(v -> v == Verdict.NOT_RECOMMENDED).isPresent();
    }

    public EntryLink link() {
        return new EntryLink(entry.id(), entry.title(), url);
    }
}
