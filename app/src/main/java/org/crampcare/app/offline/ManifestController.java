package org.crampcare.app.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/** The web manifest, with its registered media type (application/manifest+json), which servers do not all know. */
@Hidden
@RestController
class ManifestController {
    static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");
    private final byte[] manifest;

    ManifestController() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("static/manifest.webmanifest")) {
            if (in == null) {
                throw new IllegalStateException("missing static/manifest.webmanifest");
            }
            this.manifest = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/manifest.webmanifest")
    ResponseEntity<byte[]> manifest() {
        return ResponseEntity.ok().contentType(MANIFEST).cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
                .body(manifest);
    }
}
