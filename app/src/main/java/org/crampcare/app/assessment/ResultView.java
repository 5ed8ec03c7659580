package org.crampcare.app.assessment;

import java.util.List;

/** What the result page shows, every text from the knowledge base; only labels and links are added here. */
record ResultView(String level, String levelLabel, String headline, boolean emergency, List<Reason> reasons,
        List<Advice> firstAid, List<Cause> causes, List<Mimic> mimics, List<Advice> prevention,
        List<FollowUp> followUps, List<Medicine> medicines, String disclaimer, String knowledgeVersion) {

    /** A triage rule that fired: its text, and the answers that made it fire, in plain words. */
    record Reason(String text, String levelLabel, String because, List<String> sources) {
    }

    /** A first-aid step or a piece of prevention advice, with its evidence grade; id is its library entry. */
    record Advice(String id, String title, String text, String grade, String gradeKey) {
    }

    record Cause(String id, String title, String text, String likelihood, double score, String grade, String gradeKey,
            String because) {
    }

    record Mimic(String id, String title, String text, String grade, String gradeKey, String because) {
    }

    /** An unanswered question whose answer could raise the level. */
    record FollowUp(String field, String text, String levelLabel) {
    }

    /** A medicine as the person wrote it and what it was recognised as; entry is its library page or "". */
    record Medicine(String input, String matched, String classLabel, String entry) {

        public boolean recognised() {
            return !matched.isEmpty();
        }
    }
}
