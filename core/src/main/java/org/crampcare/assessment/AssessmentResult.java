package org.crampcare.assessment;

import java.util.List;

import org.crampcare.rules.Fact;
import org.crampcare.rules.Level;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer of contract v1. Field names are written in snake_case by {@link ResultWriter}. */
public record AssessmentResult(
        String contract,
        String knowledgeVersion,
        Triage triage,
        List<Advice> firstAid,
        List<Cause> causes,
        List<Mimic> mimics,
        List<Medication> medications,
        List<Advice> prevention,
        List<FollowUp> followUpQuestions,
        String disclaimer) {

    /** How urgent, and every rule that fired, most serious first. */
    public record Triage(Level level, String headline, List<Reason> reasons) {
    }

    public record Reason(String id, Level level, String text, List<Fact> because, List<String> sources) {
    }

    /** A first-aid step or a piece of prevention advice, with the evidence behind it. */
    public record Advice(String id, String text, String title, String grade, List<String> sources) {
    }

    public record Cause(String id, double score, String text, String title, List<Fact> because, String grade,
            List<String> sources) {
    }

    public record Mimic(String id, String text, String title, List<Fact> because, List<String> sources) {
    }

    public record Medication(String input, String matched, @JsonProperty("class") String medicineClass) {
    }

    public record FollowUp(String field, String text, Level level) {
    }
}
