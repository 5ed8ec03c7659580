package org.crampcare.app.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pages of the questionnaire shown so far, in order, each the list of questions it asked (by index in
 * questions.yaml). It travels in a hidden form field as "0.1-2-3.20-21": pages separated by dots, questions by
 * hyphens. The last page is the one on screen (or, on the result page, the last one answered).
 */
record Trail(List<List<Integer>> pages) {
    private static final Pattern FORMAT = Pattern.compile("\\d{1,3}(-\\d{1,3})*(\\.\\d{1,3}(-\\d{1,3})*)*");
    static final int MAX_LENGTH = 2000;

    Trail {
        pages = pages.stream().map(List::copyOf).toList();
    }

    /** Reads a trail; throws {@link BadFormException} for anything a real form could not have sent. */
    static Trail parse(String text, int questionCount) {
        if (text == null || text.isEmpty()) {
            throw new BadFormException("The form is missing its list of steps.");
        }
        if (text.length() > MAX_LENGTH || !FORMAT.matcher(text).matches()) {
            throw new BadFormException("The form's list of steps is not valid.");
        }
        List<List<Integer>> pages = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (String page : text.split("\\.")) {
            List<Integer> questions = new ArrayList<>();
            for (String q : page.split("-")) {
                int index = Integer.parseInt(q);
                if (index >= questionCount || !seen.add(index)) {
                    throw new BadFormException("The form's list of steps is not valid.");
                }
                questions.add(index);
            }
            pages.add(questions);
        }
        return new Trail(pages);
    }

    static Trail of(List<Integer> firstPage) {
        return new Trail(List.of(firstPage));
    }

    String encode() {
        StringBuilder sb = new StringBuilder();
        for (List<Integer> page : pages) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            for (int i = 0; i < page.size(); i++) {
                if (i > 0) {
                    sb.append('-');
                }
                sb.append(page.get(i));
            }
        }
        return sb.toString();
    }

    boolean isEmpty() {
        return pages.isEmpty();
    }

    int size() {
        return pages.size();
    }

    List<Integer> current() {
        return pages.get(pages.size() - 1);
    }

    /** Every question asked on any page of the trail. */
    Set<Integer> asked() {
        Set<Integer> out = new LinkedHashSet<>();
        pages.forEach(out::addAll);
        return out;
    }

    Trail plus(List<Integer> page) {
        List<List<Integer>> out = new ArrayList<>(pages);
        out.add(page);
        return new Trail(out);
    }

    Trail withoutLast() {
        return new Trail(pages.subList(0, pages.size() - 1));
    }

    /** The trail with one question taken out of whichever page asked it (empty pages dropped). */
    Trail without(int question) {
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> page : pages) {
            List<Integer> kept = page.stream().filter(q -> q != question).toList();
            if (!kept.isEmpty()) {
                out.add(kept);
            }
        }
        return new Trail(out);
    }
}
