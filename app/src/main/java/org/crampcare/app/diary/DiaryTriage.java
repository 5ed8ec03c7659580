package org.crampcare.app.diary;

import java.time.LocalDate;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.assessment.ResultView;
import org.crampcare.app.assessment.ResultViews;
import org.crampcare.diary.insight.TriageHistory;
import org.crampcare.interview.Answer;
import org.crampcare.interview.Answers;
import org.crampcare.interview.Interview;
import org.crampcare.interview.Step;
import org.springframework.stereotype.Component;

/**
 * The diary feeds the triage: the {@code history} of an assessment request worked out from the person's diary
 * ({@link TriageHistory}: cramps a week, getting worse, disturbed sleep, weeks since onset, weeks of self-care and
 * whether the cramps improved), assessed by the core engine. Only fields the diary can tell are given; the others stay
 * unanswered, so they never lower the level.
 */
@Component
public class DiaryTriage {
    private final Diaries diaries;
    private final Interview interview;
    private final ResultViews views;

    DiaryTriage(Diaries diaries, Interview interview, ResultViews views) {
        this.diaries = diaries;
        this.interview = interview;
        this.views = views;
    }

    /** An assessment from the diary: the history it used, the engine's step, and the result page's view of it. */
    public record Checked(TriageHistory history, Step step, ResultView view) {
    }

    /** The history of the account's whole diary as of {@code today}. */
    public TriageHistory history(AccountId owner, LocalDate today) {
        return TriageHistory.of(diaries.whole(owner), today);
    }

    /** The answers a history gives: {@code /history/<field>} for every field of {@link TriageHistory#json()}. */
    public static Answers answers(TriageHistory history, Answers to) {
        Answers a = to;
        for (var field : history.json().properties()) {
            a = a.with("/history/" + field.getKey(), Answer.of(field.getValue()));
        }
        return a;
    }

    /** "Check my cramps with my diary": the assessment of the diary's history alone, as of today. */
    public Checked check(AccountId owner) {
        LocalDate today = diaries.today(owner);
        TriageHistory history = history(owner, today);
        Answers answers = answers(history, Answers.none());
        Step step = interview.step(answers);
        return new Checked(history, step, views.view(step, answers, today));
    }
}
