package org.crampcare.app.library;

import org.crampcare.knowledge.Grade;
import org.crampcare.knowledge.Topic;

/** One entry a search found, with a snippet whose text is HTML-escaped and whose matches are wrapped in mark. */
public record SearchHit(String id, String title, String kind, Topic topic, Grade grade, String snippetHtml, String url,
        float score) {
}
