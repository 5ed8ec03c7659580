package org.crampcare.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One library entry: a topic of the article, in our words, with its evidence grade and sources. {@code routine} is
 * for an exercise routine: the ids of its exercises, in the order they are done.
 */
public record Entry(
        String id,
        EntryKind kind,
        String title,
        String summary,
        String body,
        Grade grade,
        List<String> sources,
        List<String> audience,
        List<String> related,
        List<String> covers,
        List<String> aliases,
        Optional<Verdict> verdict,
        Optional<String> why,
        List<String> steps,
        Optional<Exercise> exercise,
        List<String> routine,
        List<String> warnings,
        LocalDate lastReviewed,
        String file) {

    public Topic topic() {
        return kind.topic();
    }
}
