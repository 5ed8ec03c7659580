package org.crampcare.app.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.crampcare.knowledge.EntryKind;
import org.junit.jupiter.api.Test;

class LibrarySearchTest {
    private final LibrarySearch search = TestKnowledge.SEARCH;

    private List<String> ids(String q) {
        return search.search(new SearchQuery(q)).stream().map(SearchHit::id).toList();
    }

    private List<String> top(int n, String q) {
        List<String> all = ids(q);
        return all.subList(0, Math.min(n, all.size()));
    }

    @Test
    void convulsionPutsTheSeizureEntriesFirst() {
        assertThat(ids("convulsion").get(0)).isIn("epileptic_seizure", "first_aid_seizure");
        assertThat(top(3, "convulsion")).contains("epileptic_seizure", "first_aid_seizure");
    }

    @Test
    void fitAndEpilepsyLeadToTheSeizurePages() {
        assertThat(top(4, "fit")).containsAnyOf("first_aid_seizure", "epileptic_seizure");
        assertThat(top(3, "epilepsy")).contains("epileptic_seizure");
    }

    @Test
    void charleyHorseFindsCrampPages() {
        List<String> found = ids("charley horse");
        assertThat(found.subList(0, 3)).contains("what_is_a_cramp");
        assertThat(found).contains("first_aid_calf");
    }

    @Test
    void spasmAndCrickMeanACramp() {
        assertThat(top(3, "spasm")).contains("what_is_a_cramp");
        assertThat(top(5, "crick")).contains("what_is_a_cramp");
    }

    @Test
    void theTranslatedPhraseBringsTheLegsTogetherMeansACramp() {
        assertThat(ids("brings the legs together").get(0)).isEqualTo("what_is_a_cramp");
    }

    @Test
    void nightCrampsAndNocturnalFindTheNightPages() {
        assertThat(top(2, "night cramps")).contains("first_aid_night", "night_cramps");
        assertThat(top(2, "nocturnal")).contains("first_aid_night", "night_cramps");
    }

    @Test
    void everydayNamesFindTheirEntries() {
        assertThat(ids("water pill").get(0)).isEqualTo("drug_diuretic");
        assertThat(ids("DVT").get(0)).isEqualTo("deep_vein_thrombosis");
        assertThat(top(3, "blood clot")).contains("deep_vein_thrombosis");
        assertThat(ids("RLS").get(0)).isEqualTo("restless_legs");
    }

    @Test
    void aMedicineNameFindsItsClass() {
        assertThat(ids("Lasix").get(0)).isEqualTo("drug_diuretic");
        assertThat(top(2, "atorvastatin")).contains("drug_statin");
    }

    @Test
    void typosInLongerWordsAreTolerated() {
        assertThat(ids("magnesuim").get(0)).isEqualTo("magnesium");
        assertThat(ids("crmap")).isNotEmpty();
        assertThat(top(3, "calf crmap")).contains("first_aid_calf");
    }

    @Test
    void titleMatchesRankAboveMentions() {
        assertThat(ids("magnesium").get(0)).isEqualTo("magnesium");
        assertThat(ids("quinine").get(0)).isEqualTo("quinine");
    }

    @Test
    void matchesAreMarkedInTheSnippet() {
        SearchHit top = search.search(new SearchQuery("magnesium")).get(0);
        assertThat(top.snippetHtml()).contains("<mark>");
        assertThat(top.snippetHtml().toLowerCase()).contains("<mark>magnesium</mark>");
    }

    @Test
    void synonymMatchesAreMarkedToo() {
        SearchHit seizure = search.search(new SearchQuery("convulsion")).get(0);
        assertThat(seizure.snippetHtml()).containsPattern("<mark>(seizure|epilepsy|convulsion)s?</mark>");
    }

    @Test
    void stopWordsAreNeverMarked() {
        for (SearchHit hit : search.search(new SearchQuery("brings the legs together"))) {
            assertThat(hit.snippetHtml().toLowerCase()).doesNotContain("<mark>the</mark>");
        }
    }

    @Test
    void snippetsCarryNoMarkupButTheMarks() {
        for (SearchHit hit : search.search(new SearchQuery("cramp <script>alert(1)</script>"))) {
            assertThat(hit.snippetHtml().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        }
    }

    @Test
    void aFirstAidSituationLinksToItsFirstAidPageWhenThereIsOne() {
        Library withPages = new Library(TestKnowledge.KB, List.of(id -> id.equals("first_aid_seizure")
                ? java.util.Optional.of("/first-aid/seizure") : java.util.Optional.empty()));
        SearchHit hit = new LibrarySearch(withPages, TestKnowledge.KB).search(new SearchQuery("convulsion")).stream()
                .filter(h -> h.id().equals("first_aid_seizure")).findFirst().orElseThrow();
        assertThat(hit.url()).isEqualTo("/first-aid/seizure");
        assertThat(hit.kind()).isEqualTo(EntryKind.FIRST_AID_SITUATION.key());
    }

    @Test
    void nonsenseFindsNothing() {
        assertThat(ids("xyzzyplugh")).isEmpty();
    }

    @Test
    void punctuationAloneIsNotAnError() {
        assertThat(ids("?!*:()")).isEmpty();
    }

    @Test
    void emptyAndOverLongSearchesAreRejectedWithAClearMessage() {
        assertThatThrownBy(() -> new SearchQuery("  ")).isInstanceOf(SearchQuery.InvalidSearchException.class)
                .hasMessageContaining("Type a word");
        assertThatThrownBy(() -> new SearchQuery(null)).isInstanceOf(SearchQuery.InvalidSearchException.class);
        assertThatThrownBy(() -> new SearchQuery("a".repeat(201)))
                .isInstanceOf(SearchQuery.InvalidSearchException.class).hasMessageContaining("200");
        assertThat(new SearchQuery("a".repeat(200)).text()).hasSize(200);
    }

    @Test
    void aLongQueryOfManyWordsStillAnswers() {
        String many = String.join(" ", java.util.Collections.nCopies(40, "cramp magnesium"));
        assertThat(ids(many.substring(0, 200))).isNotEmpty();
    }
}
