package org.crampcare.app.firstaid;

import static org.assertj.core.api.Assertions.assertThat;

import org.crampcare.knowledge.EntryKind;
import org.crampcare.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;

class FirstAidPagesTest {
    static final KnowledgeBase KB = KnowledgeBase.load();
    private final FirstAidPages pages = new FirstAidPages(KB);

    @Test
    void everyFirstAidSituationHasAPage() {
        KB.entries().stream().filter(e -> e.kind() == EntryKind.FIRST_AID_SITUATION)
                .forEach(e -> assertThat(pages.byEntry(e.id())).as(e.id()).isPresent());
    }

    @Test
    void theIssueAddressesExist() {
        assertThat(pages.bySlug("calf").orElseThrow().entry()).isEqualTo("first_aid_calf");
        assertThat(pages.bySlug("foot-and-toes").orElseThrow().entry()).isEqualTo("first_aid_foot_toes");
        assertThat(pages.bySlug("front-of-thigh").orElseThrow().entry()).isEqualTo("first_aid_thigh_front");
        assertThat(pages.bySlug("back-of-thigh").orElseThrow().entry()).isEqualTo("first_aid_thigh_back");
        assertThat(pages.bySlug("seizure").orElseThrow().urgent()).isTrue();
        assertThat(pages.bySlug("child-fit").orElseThrow().urgent()).isTrue();
        assertThat(pages.bySlug("calf").orElseThrow().urgent()).isFalse();
    }

    @Test
    void aFirstAidSituationsCanonicalAddressIsItsFirstAidPage() {
        assertThat(pages.urlFor("first_aid_seizure")).contains("/first-aid/seizure");
        assertThat(pages.urlFor("magnesium")).isEmpty();
    }

    @Test
    void theOfflineListStartsWithTheChoicePageAndHasEveryPage() {
        assertThat(pages.urls()).first().isEqualTo("/first-aid");
        assertThat(pages.urls()).hasSize(pages.all().size() + 1).contains("/first-aid/calf", "/first-aid/seizure");
    }
}
