package org.crampcare.app.library;

import java.util.List;

import org.crampcare.knowledge.KnowledgeBase;

/** The real knowledge base, loaded once for the unit tests of this package. */
final class TestKnowledge {
    static final KnowledgeBase KB = KnowledgeBase.load();
    static final Library LIBRARY = new Library(KB, List.of());
    static final LibrarySearch SEARCH = new LibrarySearch(LIBRARY, KB);

    private TestKnowledge() {
    }
}
