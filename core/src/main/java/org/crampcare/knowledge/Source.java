package org.crampcare.knowledge;

import java.util.Optional;

/** A work the knowledge base cites. */
public record Source(String id, String title, String publisher, Integer year, Optional<String> url) {
}
