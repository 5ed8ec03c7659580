package org.crampcare.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The headings of the source article and what covers each: an entry, or a reason it was left out. A heading is a
 * line that stands alone between blank lines, at most 90 characters, not ending in sentence punctuation.
 */
public record ArticleCoverage(List<String> headings, Map<String, List<String>> coveredBy, Map<String, String> leftOut) {

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.;,:!]$");
    private static final Pattern BULLET = Pattern.compile("^[•\\-\\u2022].*");

    /** The headings of an article, in order, each once. */
    public static List<String> headingsOf(String article) {
        String[] lines = article.split("\\R", -1);
        LinkedHashMap<String, Boolean> found = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].strip();
            if (s.isEmpty() || s.length() > 90 || SENTENCE_END.matcher(s).matches() || BULLET.matcher(s).matches()) {
                continue;
            }
            boolean blankBefore = i == 0 || lines[i - 1].isBlank();
            boolean blankAfter = i == lines.length - 1 || lines[i + 1].isBlank();
            if (blankBefore && blankAfter) {
                found.putIfAbsent(s, true);
            }
        }
        return new ArrayList<>(found.keySet());
    }

    /** Headings neither covered nor left out with a reason. */
    public List<String> uncovered() {
        return headings.stream().filter(h -> !coveredBy.containsKey(h) && !leftOut.containsKey(h)).toList();
    }
}
