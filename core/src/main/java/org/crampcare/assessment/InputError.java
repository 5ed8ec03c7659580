package org.crampcare.assessment;

/** One problem with a request: where (a JSON pointer into the request) and what. */
public record InputError(String pointer, String message) {
}
