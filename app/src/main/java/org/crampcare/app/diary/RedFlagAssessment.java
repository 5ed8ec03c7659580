package org.crampcare.app.diary;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.assessment.ResultView;
import org.crampcare.app.assessment.ResultViews;
import org.crampcare.diary.Episode;
import org.crampcare.diary.RedFlag;
import org.crampcare.diary.insight.TriageHistory;
import org.crampcare.interview.Answer;
import org.crampcare.interview.Answers;
import org.crampcare.interview.Interview;
import org.springframework.stereotype.Component;

import tools.jackson.databind.node.JsonNodeFactory;

/**
 * An entry that carries a red flag (one of {@link RedFlag}, or a cramp over ten minutes) is assessed at once by the
 * core engine, from the entry's own fields in contract v1 terms ({@code episode.locations}, {@code episode.side},
 * {@code episode.duration_seconds}, {@code episode.pain}, and each red flag's symptom id) and the owner's diary as the
 * {@code history} ({@link DiaryTriage}); the level and reasons come
 * from the knowledge base, as on the assessment's result page.
 */
@Component
public class RedFlagAssessment {
    /** A cramp longer than this is a warning sign in itself (the clinical brief: over ten minutes). */
    static final Duration LONG = Duration.ofMinutes(10);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Interview interview;
    private final ResultViews views;
    private final Diaries diaries;

    RedFlagAssessment(Interview interview, ResultViews views, Diaries diaries) {
        this.interview = interview;
        this.views = views;
        this.diaries = diaries;
    }

    static boolean alarming(Episode e) {
        return !e.redFlags().isEmpty() || e.duration().map(d -> d.compareTo(LONG) > 0).orElse(false);
    }

    /** The answers this entry gives to the assessment (contract v1 fields). */
    static Answers answers(Episode e) {
        Answers a = Answers.none()
                .with("/episode/locations", Answer.of(NODES.arrayNode().add(e.place().contractId())))
                .with("/episode/side", Answer.of(NODES.stringNode(e.side().contractId())))
                .with("/episode/pain", Answer.of(NODES.numberNode(e.pain())));
        if (e.duration().isPresent()) {
            a = a.with("/episode/duration_seconds", Answer.of(NODES.numberNode(e.duration().get().toSeconds())));
        }
        for (RedFlag flag : e.redFlags()) {
            a = a.with("/symptoms/" + flag.symptomId(), Answer.of(NODES.booleanNode(true)));
        }
        return a;
    }

    /**
     * The assessment of an alarming entry of {@code owner}'s diary, with the diary's history as the request's
     * {@code history} ({@link TriageHistory}); empty for an ordinary entry.
     */
    public Optional<ResultView> assess(AccountId owner, Episode e, LocalDate today) {
        if (!alarming(e)) {
            return Optional.empty();
        }
        Answers answers = DiaryTriage.answers(TriageHistory.of(diaries.whole(owner), today), answers(e));
        return Optional.of(views.view(interview.step(answers), answers, today));
    }
}
