package org.crampcare.knowledge;

import java.util.ArrayList;
import java.util.List;

/** Problems found while loading or checking the knowledge base, each naming file, entry and field. */
public final class Problems {

    /** One problem: where it is and what is wrong. */
    public record Problem(String file, String entry, String field, String message) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(file);
            if (entry != null && !entry.isEmpty()) {
                sb.append(": entry '").append(entry).append('\'');
            }
            if (field != null && !field.isEmpty()) {
                sb.append(": field '").append(field).append('\'');
            }
            return sb.append(": ").append(message).toString();
        }
    }

    private final List<Problem> list = new ArrayList<>();

    public void add(String file, String entry, String field, String message) {
        list.add(new Problem(file, entry, field, message));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }
}
