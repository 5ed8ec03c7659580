package org.crampcare.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The question that asks for one input field, in questionnaire order. A question is asked only when {@code askIf}
 * (if any) is true and {@code skipIf} (if any) is not true for the answers so far: "is she pregnant?" is skipped for
 * a man, and an unknown answer never skips a question. {@code aboutUnrecognised} (for the medicine list) asks about
 * one listed entry that was not recognised: "What kind of medicine is {name}?". {@code label} is the short form
 * of the question for a checklist ("Chest pain"); without one, the text is used.
 */
public record Question(String field, String text, String stage, Optional<String> help, Optional<Condition> askIf,
        Optional<Condition> skipIf, Optional<String> aboutUnrecognised, Optional<String> label,
        Map<Audience, String> wordings) {

    /** Whom the questions are about: the wording follows it ("Did you faint?", "Did they faint?"). */
    public enum Audience {
        YOU, THEY, CHILD
    }

    public Question {
        wordings = Map.copyOf(wordings);
    }

    /** The question worded for this audience: its own wording, else (for a child) the "they" wording, else the text. */
    public String text(Audience audience) {
        String w = wordings.get(audience);
        if (w == null && audience == Audience.CHILD) {
            w = wordings.get(Audience.THEY);
        }
        return w == null ? text : w;
    }


    /** The words for this question as an item of a checklist. */
    public String itemLabel() {
        return label.orElse(text);
    }

    /** Whether the question applies to these answers. */
    public boolean applies(Facts answers) {
        return askIf.map(c -> c.evaluate(answers).isTrue()).orElse(true)
                && !skipIf.map(c -> c.evaluate(answers).isTrue()).orElse(false);
    }

    /** Whether whether it applies depends on other answers at all. */
    public boolean conditional() {
        return askIf.isPresent() || skipIf.isPresent();
    }

    /** The question fields whose answers decide whether this question applies (ask those first). */
    public List<String> dependsOn() {
        List<String> out = new ArrayList<>();
        askIf.ifPresent(c -> c.fields(out));
        skipIf.ifPresent(c -> c.fields(out));
        return out.stream().distinct().toList();
    }
}
