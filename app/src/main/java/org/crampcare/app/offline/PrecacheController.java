package org.crampcare.app.offline;

import java.util.ArrayList;
import java.util.List;

import org.crampcare.app.firstaid.FirstAidPages;
import org.crampcare.knowledge.KnowledgeBase;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * What the service worker keeps on the device: every first-aid page with the CSS and script they use, and the offline page shown for any page not saved. The knowledge
 * version names the content, so a client can tell when it changed.
 */
@Hidden
@RestController
class PrecacheController {
    static final List<String> ASSETS = List.of("/css/app.css", "/css/dark.css", "/js/offline.js", "/manifest.webmanifest",
            "/icon.svg", "/offline");

    record Precache(String version, List<String> urls) {
    }

    private final Precache precache;

    PrecacheController(FirstAidPages pages, KnowledgeBase kb) {
        List<String> urls = new ArrayList<>(pages.urls());
        urls.addAll(ASSETS);
        this.precache = new Precache(kb.version(), List.copyOf(urls));
    }

    @GetMapping("/offline/precache.json")
    ResponseEntity<Precache> precache() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(precache);
    }
}
