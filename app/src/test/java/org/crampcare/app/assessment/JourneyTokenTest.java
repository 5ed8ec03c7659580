package org.crampcare.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.crampcare.interview.Answer;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.JsonNodeFactory;

/** The journey's token: what one link carries comes back whole, on a thread that read a broken link before. */
class JourneyTokenTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static Journey journey(int pages) {
        Journey j = Journey.start().forWho(Journey.Who.CHILD);
        for (int i = 0; i < pages; i++) {
            Map<String, Answer> page = new LinkedHashMap<>();
            page.put("/episode/duration_seconds", Answer.of(NODES.numberNode(60 * i)));
            page.put("/person/sex", i % 2 == 0 ? Answer.notSure() : Answer.of(NODES.stringNode("female")));
            j = j.plus(page);
        }
        return j;
    }

    @Test
    void aTokenReadsBackAsTheSameJourneyOneAfterAnotherOnOneThread() {
        for (int pages : new int[] { 0, 1, 7, 3, 40, 2 }) {
            Journey j = journey(pages);
            assertThat(Journey.parse(j.token())).as("%d pages", pages).isEqualTo(j);
        }
    }

    @Test
    void aBrokenOrCutLinkIsRefusedAndTheNextGoodOneStillReads() {
        String good = journey(5).token();
        String cut = good.substring(0, good.length() / 2);
        String notDeflated = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"p\":[]}".getBytes());
        for (String bad : new String[] { cut, notDeflated, "!!not base64!!" }) {
            assertThatThrownBy(() -> Journey.parse(bad)).as(bad).isInstanceOf(BadFormException.class);
            assertThat(Journey.parse(good)).isEqualTo(journey(5));
        }
    }
}
