package org.crampcare.app.diary;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.crampcare.app.account.AccountId;
import org.crampcare.diary.Period;
import org.crampcare.diary.insight.Alert;
import org.crampcare.diary.insight.Insights;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.rules.TriageRule;
import org.springframework.stereotype.Component;

/**
 * The alerts at the top of the diary: three or more cramps a week, cramps getting worse, a warning sign logged
 * ({@link Alert}). What the diary shows is the insights' sentence; what to do about it is the knowledge base's, the
 * text of the triage rule the alert names. The alerts look at the last {@value #WEEKS} weeks (the trend needs them);
 * a warning sign is shown for {@value #RED_FLAG_NIGHTS} nights after it was logged.
 *
 * <p>Working them out reads twelve weeks of the diary, which was a third of the diary page's time; they are kept per
 * account, day and language until the diary's {@link DiaryVersions version} changes (one cheap query), so a person
 * looking through their diary pays for them once, and an entry saved on another instance is seen at once.
 */
@Component
public class DiaryAlerts {
    public static final int WEEKS = 12;
    public static final int RED_FLAG_NIGHTS = 28;

    private final Diaries diaries;
    private final InsightWords words;
    private final Map<String, TriageRule> rules;
    private final DiaryVersions versions;
    private final Cache<Key, List<AlertView>> kept = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(30)).build();

    private record Key(AccountId owner, LocalDate today, Locale locale, DiaryVersions.Version version) {
    }

    DiaryAlerts(Diaries diaries, InsightWords words, KnowledgeBase kb, DiaryVersions versions) {
        this.diaries = diaries;
        this.words = words;
        this.versions = versions;
        this.rules = kb.rules().triage().stream().collect(Collectors.toMap(TriageRule::id, Function.identity()));
    }

    /**
     * One alert as a page shows it.
     *
     * @param kind {@code frequent}, {@code getting_worse} or {@code red_flag} (for the class)
     * @param text what the diary shows, in the reader's words
     * @param advice the text of the triage rule the alert is about, from the knowledge base; empty for a warning sign,
     *               whose entry's own assessment says what to do
     * @param night for a warning sign, the ISO evening of its night (the diary page of that night), else empty
     */
    public record AlertView(String kind, String text, Optional<String> advice, Optional<String> night) {
    }

    /** The account's alerts as of {@code today} (the last night counted is the one before). */
    public List<AlertView> forAccount(AccountId owner, LocalDate today, Locale locale) {
        return kept.get(new Key(owner, today, locale, versions.of(owner)), k -> {
            Period period = Period.ending(today.minusDays(1), WEEKS * 7);
            return views(Insights.of(diaries.in(owner, period), period).alerts(), today, locale);
        });
    }

    /** Today in the account's zone. */
    public List<AlertView> forAccount(AccountId owner, Locale locale) {
        return forAccount(owner, diaries.today(owner), locale);
    }

    /** The alerts of computed insights as a page shows them (red flags only of the last nights before today). */
    public List<AlertView> views(List<Alert> alerts, LocalDate today, Locale locale) {
        LocalDate recent = today.minusDays(RED_FLAG_NIGHTS);
        return alerts.stream()
                .filter(a -> !(a instanceof Alert.RedFlagLogged r) || !r.night().evening().isBefore(recent))
                .map(a -> view(a, locale)).toList();
    }

    private AlertView view(Alert a, Locale locale) {
        String kind = a instanceof Alert.Frequent ? "frequent" : a instanceof Alert.GettingWorse ? "getting_worse"
                : "red_flag";
        Optional<String> advice = a.triageRule().map(rules::get).map(TriageRule::text);
        Optional<String> night = a instanceof Alert.RedFlagLogged r ? Optional.of(r.night().evening().toString())
                : Optional.empty();
        return new AlertView(kind, words.text(a.message(), locale), advice, night);
    }
}
