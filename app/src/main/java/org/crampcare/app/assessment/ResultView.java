package org.crampcare.app.assessment;

import java.util.List;
import java.util.Optional;

/**
 * What the result page shows, every text from the knowledge base; only labels and links are added here. The page
 * follows the level: an emergency shows the call and what to do while waiting first; an urgent result its action and
 * reason first; every result ends with "Get help if ..." and "What to tell the doctor".
 */
public record ResultView(String level, String levelLabel, String headline, boolean emergency, boolean urgent,
        Optional<String> urgentLine, List<Reason> reasons, List<Advice> firstAid, List<Cause> causes, List<Mimic> mimics,
        List<Advice> prevention, List<FollowUp> followUps, List<Medicine> medicines, List<String> notRuledOut,
        List<HelpIf> getHelp, List<Line> answers, String date, String disclaimer, String knowledgeVersion) {

    /** Whether "you can manage this at home" stands alone: never when a warning sign could not be ruled out. */
    public boolean reassuring() {
        return level.equals("self_care") && notRuledOut.isEmpty();
    }

    /** A triage rule that fired: its text, and the answers that made it fire, in plain words. */
    record Reason(String text, String levelLabel, String because, List<SourceLink> sources) {
    }

    /** A source with its link where there is one. */
    record SourceLink(String title, String url) {
        public boolean linked() {
            return !url.isEmpty();
        }
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

    /** "Call 112 now if there is:" and the signs of the rules at that level that did not fire. */
    record HelpIf(String levelId, String action, List<String> signs) {
    }

    /** One answer, as the person gave it: for the doctor. */
    record Line(String question, String answer) {
    }
}
