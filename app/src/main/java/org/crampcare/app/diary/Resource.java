package org.crampcare.app.diary;

/** The kinds of diary row a create makes (the {@code resource} column of {@code idempotency_key}). */
enum Resource {
    EPISODE("episode"), CHECK_IN("check_in"), CHANGE("change");

    private final String column;

    Resource(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    static Resource of(String column) {
        for (Resource r : values()) {
            if (r.column.equals(column)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown resource " + column);
    }
}
