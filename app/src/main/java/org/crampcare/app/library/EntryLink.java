package org.crampcare.app.library;

/** A link to an entry: its id, its title and the address of its page. */
public record EntryLink(String id, String title, String url) {
}
