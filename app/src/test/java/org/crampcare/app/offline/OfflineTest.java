package org.crampcare.app.offline;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.crampcare.app.config.WebSliceConfig;
import org.crampcare.app.firstaid.FirstAidPages;
import org.crampcare.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest({ PrecacheController.class, ManifestController.class })
@Import({ WebSliceConfig.class, FirstAidPages.class, OfflineConfig.class })
class OfflineTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    KnowledgeBase kb;

    @Test
    void theServiceWorkerIsServedFromTheRootAndAlwaysRevalidated() throws Exception {
        mvc.perform(get("/sw.js")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andExpect(content().contentTypeCompatibleWith("text/javascript"))
                .andExpect(content().string(containsString("/offline/precache.json")));
    }

    @Test
    void theServiceWorkerKeepsEveryFirstAidPageWithItsCssAndScript() throws Exception {
        mvc.perform(get("/offline/precache.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.version", is(kb.version())))
                .andExpect(jsonPath("$.urls", hasItems("/first-aid", "/first-aid/calf", "/first-aid/foot-and-toes",
                        "/first-aid/front-of-thigh", "/first-aid/back-of-thigh", "/first-aid/night", "/first-aid/water",
                        "/first-aid/sport", "/first-aid/child-cramp", "/first-aid/child-fit", "/first-aid/seizure")))
                .andExpect(jsonPath("$.urls", hasItem(matchesPattern("/css/app-[0-9a-f]{32}\\.css"))))
                .andExpect(jsonPath("$.urls", hasItem(matchesPattern("/js/offline-[0-9a-f]{32}\\.js"))));
    }

    @Test
    void theStoredCssAndScriptAreTheAddressesThePagesLinkAndAreKeptForAYear() throws Exception {
        String json = mvc.perform(get("/offline/precache.json")).andReturn().getResponse().getContentAsString();
        var urls = com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(json, "$.urls");
        for (String url : urls) {
            if (url.startsWith("/css/") || url.startsWith("/js/")) {
                mvc.perform(get(url)).andExpect(status().isOk())
                        .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
            }
        }
    }

    @Test
    void anUnversionedAddressStillAnswersButIsAlwaysRevalidated() throws Exception {
        mvc.perform(get("/css/app.css")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache"));
    }

    @Test
    void aVersionThatIsNotTheFilesContentIsNotServed() throws Exception {
        mvc.perform(get("/css/app-0123456789abcdef0123456789abcdef.css")).andExpect(status().isNotFound());
    }

    @Test
    void theWebManifestHasItsMediaTypeAndStartsAtFirstAid() throws Exception {
        mvc.perform(get("/manifest.webmanifest")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/manifest+json"))
                .andExpect(jsonPath("$.start_url", is("/first-aid")));
    }
}
