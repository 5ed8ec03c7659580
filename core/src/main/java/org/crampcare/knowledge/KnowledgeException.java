package org.crampcare.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** The knowledge base could not be loaded: every problem found, not just the first. */
public class KnowledgeException extends RuntimeException {
    private final List<Problems.Problem> problems;

    public KnowledgeException(List<Problems.Problem> problems) {
        super(problems.size() + " problem(s) in the knowledge base:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problems.Problem> problems() {
        return problems;
    }
}
