package org.crampcare.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * What a person reads in the knowledge base speaks to them: it never points at "the article" the topics were mapped
 * from (readers never see it; the internal {@code covers} headings are not shown), and first-aid steps are short enough
 * to follow in pain at night.
 */
class WordsForPeopleTest {
    static final Pattern ARTICLE = Pattern.compile("\\barticles?\\b", Pattern.CASE_INSENSITIVE);
    static final int MAX_FIRST_AID_WORDS = 19;

    private static final KnowledgeBase KB = KnowledgeLoader.load(KnowledgeFiles.fromClasspath());

    /** Every text of an entry or a source that a page can show, labelled with where it comes from. */
    static List<String> userVisibleTexts(KnowledgeBase kb) {
        List<String> out = new ArrayList<>();
        for (Entry e : kb.entries()) {
            out.add(e.id() + ".title: " + e.title());
            out.add(e.id() + ".summary: " + e.summary());
            out.add(e.id() + ".body: " + e.body());
            e.why().ifPresent(w -> out.add(e.id() + ".why: " + w));
            e.steps().forEach(s -> out.add(e.id() + ".steps: " + s));
            e.warnings().forEach(s -> out.add(e.id() + ".warnings: " + s));
            e.aliases().forEach(s -> out.add(e.id() + ".aliases: " + s));
        }
        kb.sources().forEach(s -> out.add(s.id() + ".title: " + s.title() + " / " + s.publisher()));
        return out;
    }

    @Test
    void noTextAPersonReadsMentionsTheArticle() {
        assertThat(userVisibleTexts(KB)).filteredOn(t -> ARTICLE.matcher(t.substring(t.indexOf(':') + 1)).find())
                .as("texts that mention the article (say 'some websites' or state the fact)").isEmpty();
    }

    @Test
    void theCheckFindsTheWordArticle() {
        assertThat(ARTICLE.matcher("As the Article says").find()).isTrue();
        assertThat(ARTICLE.matcher("articles online").find()).isTrue();
        assertThat(ARTICLE.matcher("articulate").find()).isFalse();
    }

    static int words(String sentence) {
        return sentence.strip().split("\\s+").length;
    }

    @Test
    void everySentenceOfAFirstAidSituationIsUnderTwentyWords() {
        List<String> tooLong = new ArrayList<>();
        for (Entry e : KB.entries()) {
            if (e.kind() != EntryKind.FIRST_AID_SITUATION) {
                continue;
            }
            assertThat(e.steps()).as(e.id() + " steps").isNotEmpty();
            List<String> texts = new ArrayList<>(e.steps());
            texts.addAll(e.warnings());
            for (String text : texts) {
                for (String sentence : text.split("(?<=[.!?])\\s+")) {
                    if (words(sentence) > MAX_FIRST_AID_WORDS) {
                        tooLong.add(e.id() + " (" + words(sentence) + " words): " + sentence);
                    }
                }
            }
        }
        assertThat(tooLong).as("first-aid sentences of 20 words or more").isEmpty();
    }

    static final Pattern STEP_REFERENCE = Pattern.compile("\\bsteps? (\\d+)(?: (?:to|and|or) (\\d+))?",
            Pattern.CASE_INSENSITIVE);

    /** "Steps 4 and 5" must name steps that the entry has; an exercise routine's page lists its exercises instead. */
    @Test
    void noTextRefersToAStepThatIsNotThere() {
        List<String> wrong = new ArrayList<>();
        for (Entry e : KB.entries()) {
            var m = STEP_REFERENCE.matcher(e.summary() + "\n" + e.body());
            while (m.find()) {
                int last = Integer.parseInt(m.group(2) == null ? m.group(1) : m.group(2));
                if (!e.routine().isEmpty() || last > e.steps().size()) {
                    wrong.add(e.id() + ": \"" + m.group() + "\" (" + e.steps().size() + " steps)");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theWordCountCountsWords() {
        assertThat(words("Straighten the leg and pull your toes up.")).isEqualTo(8);
    }
}
