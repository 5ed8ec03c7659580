package org.crampcare.app.offline;

import java.util.ArrayList;
import java.util.List;

import org.crampcare.app.config.AssetLinks;
import org.crampcare.app.firstaid.FirstAidPages;
import org.crampcare.knowledge.KnowledgeBase;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * What the service worker keeps on the device: every first-aid page with the CSS and script they use, and the offline
 * page shown for any page not saved. The knowledge version names the content, so a client can tell when it changed.
 * CSS and scripts are listed under the versioned addresses the pages link.
 */
@Hidden
@RestController
class PrecacheController {
    static final List<String> ASSETS = List.of("/css/app.css", "/css/dark.css", "/js/offline.js", "/manifest.webmanifest",
            "/icon.svg", "/offline");

    record Precache(String version, List<String> urls) {
    }

    private final FirstAidPages pages;
    private final KnowledgeBase kb;
    private final AssetLinks links;
    /** Made on first use: the versioned addresses are known once the resource handlers are. */
    private volatile Precache precache;

    PrecacheController(FirstAidPages pages, KnowledgeBase kb, AssetLinks links) {
        this.pages = pages;
        this.kb = kb;
        this.links = links;
    }

    @GetMapping("/offline/precache.json")
    ResponseEntity<Precache> precache() {
        Precache p = precache;
        if (p == null) {
            List<String> urls = new ArrayList<>(pages.urls());
            ASSETS.forEach(a -> urls.add(links.link(a)));
            p = new Precache(kb.version(), List.copyOf(urls));
            precache = p;
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(p);
    }
}
