package org.crampcare.app.library;

import java.util.Optional;

/**
 * Where an entry lives when it has a page of its own outside the library (a first-aid situation has its first-aid
 * page). Features implement it; the library links there instead of to {@code /library/{id}}.
 */
public interface CanonicalUrls {

    Optional<String> urlFor(String entryId);
}
