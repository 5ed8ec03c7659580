package org.crampcare.app.diary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.config.NotFoundException;
import org.crampcare.diary.Episode;
import org.crampcare.diary.Night;
import org.crampcare.diary.Place;
import org.crampcare.diary.RedFlag;
import org.crampcare.diary.Side;
import org.springframework.http.HttpStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The diary's pages for cramps, server-rendered and working without JavaScript: {@code /diary} (the nights, newest
 * first, thirty at a time), {@code /diary/new} ("Log a cramp": Save alone works), {@code /diary/again} ("same as last
 * time"), {@code /diary/{id}} (the entry, its details, and the assessment when it carries a red flag), change and
 * delete (confirmed). Every POST answers with a redirect (Post/Redirect/Get); every create carries the form's
 * idempotency key, so a double tap stores one entry.
 */
@Controller
@RequestMapping("/diary")
class DiaryPageController {
    /** How many nights the diary shows at once. */
    static final int NIGHTS = 30;

    private final Diary diary;
    private final RedFlagAssessment assessment;
    private final MessageSource messages;

    DiaryPageController(Diary diary, RedFlagAssessment assessment, MessageSource messages) {
        this.diary = diary;
        this.assessment = assessment;
        this.messages = messages;
    }

    /** One cramp in the list or on its page, with its words ready. */
    /**
     * @param line where, how bad, how long and whether it woke them, in words, worked out once here: the list shows
     *             ninety of these, and resolving each word in the template cost most of the page's time
     */
    public record EntryView(long id, String time, String date, String place, String side, int pain, String duration,
            Optional<Boolean> wokeMe, String helped, String notes, List<String> redFlags, boolean alarming,
            String href, String line) {
    }

    /** The last cramp, for "same as last time" (its script sends it from the outbox when offline). */
    record Last(String place, String side, int pain, String duration) {
    }

    /** A night and its cramps, latest first. */
    public record NightView(String evening, String label, List<EntryView> entries) {
    }

    // ------------------------------------------------------------------ the list

    @GetMapping
    String list(AccountId owner, @RequestParam(required = false) String to, Locale locale, Model model) {
        ZoneId zone = diary.zoneOf(owner);
        Night current = Night.of(diary.now(), zone);
        Night last = ApiRequests.date("to", to).map(Night::new).orElse(current);
        if (last.compareTo(current) > 0) {
            last = current;
        }
        Night first = new Night(last.evening().minusDays(NIGHTS - 1));
        Instant from = noon(first.evening(), zone).minus(Duration.ofDays(1));
        Instant until = noon(last.evening().plusDays(1), zone).plus(Duration.ofDays(1));
        Map<Night, List<EntryView>> nights = new LinkedHashMap<>();
        for (StoredEpisode s : diary.episodes().between(owner, from, until)) {
            Night n = s.night();
            if (n.compareTo(first) >= 0 && n.compareTo(last) <= 0) {
                nights.computeIfAbsent(n, k -> new ArrayList<>()).add(view(s, locale, messages));
            }
        }
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        List<NightView> out = new ArrayList<>();
        nights.forEach((n, list) -> out.add(new NightView(n.evening().toString(), day.format(n.evening()), list)));
        model.addAttribute("nights", out);
        model.addAttribute("from", day.format(first.evening()));
        model.addAttribute("to", day.format(last.evening()));
        model.addAttribute("older", diary.episodes().latestBefore(owner, from.plus(Duration.ofDays(1)))
                .map(s -> s.night().compareTo(first) < 0 ? s.night() : new Night(first.evening().minusDays(1)))
                .map(n -> n.evening().toString()).orElse(""));
        model.addAttribute("newer", last.compareTo(current) < 0
                ? min(last.evening().plusDays(NIGHTS), current.evening()).toString() : "");
        model.addAttribute("today", diary.today(zone).toString());
        return "diary/list";
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant noon(LocalDate date, ZoneId zone) {
        return date.atTime(LocalTime.NOON).atZone(zone).toInstant();
    }

    // ------------------------------------------------------------------ log a cramp

    @GetMapping("/new")
    String form(AccountId owner, Model model) {
        Optional<StoredEpisode> last = diary.episodes().latest(owner);
        String place = last.map(s -> s.episode().place().contractId()).orElse(Place.CALF.contractId());
        String side = last.map(s -> s.episode().side().contractId()).orElse(Side.LEFT.contractId());
        EpisodeForm.Values values = new EpisodeForm.Values("now", "", "", diary.zoneOf(owner).getId(), place, side, "5",
                "unknown", "", "", newKey());
        return form(model, values, Map.of(), last);
    }

    @PostMapping("/new")
    String log(AccountId owner, HttpServletRequest request, HttpServletResponse response, Model model) {
        EpisodeForm.Values values = EpisodeForm.values(request.getParameterMap());
        String key = values.key();
        if (!IdempotentCreate.KEY.matcher(key).matches()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, withKey(values, newKey()), Map.of("form", "diary.error.stale"),
                    diary.episodes().latest(owner));
        }
        EpisodeForm.Read read = EpisodeForm.read(values, diary.zoneOf(owner), diary.now());
        if (read.episode().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, values, read.errors(), diary.episodes().latest(owner));
        }
        // a form sent twice (a double tap, Back and Save again) shows the entry the first one made
        IdempotentCreate.Outcome outcome = diary.log(owner, key, read.episode().get(), false);
        return "redirect:/diary/" + outcome.id() + "?saved";
    }

    @PostMapping("/again")
    String again(AccountId owner, HttpServletRequest request) {
        String key = EpisodeForm.one(request.getParameterMap(), EpisodeForm.KEY, "");
        Optional<StoredEpisode> last = diary.episodes().latest(owner);
        if (last.isEmpty()) {
            return "redirect:/diary/new";
        }
        if (!IdempotentCreate.KEY.matcher(key).matches()) {
            throw new BadFormException("diary.error.stale");
        }
        Episode before = last.get().episode();
        EpisodeForm.Values sent = EpisodeForm.values(request.getParameterMap());
        ZoneId zone = Zones.parse(sent.zone()).orElse(before.zone());
        Instant at = EpisodeForm.read(new EpisodeForm.Values("now", "", sent.at(), zone.getId(), before.place().contractId(),
                before.side().contractId(), "0", "", "", "", key), zone, diary.now()).episode().map(Episode::at)
                .orElse(diary.now());
        Episode copy = new Episode(at, zone, before.place(), before.side(), before.pain(), before.duration(),
                Optional.empty(), Optional.empty(), Optional.empty(), Set.of());
        return "redirect:/diary/" + diary.log(owner, key, copy, false).id() + "?saved";
    }

    private String form(Model model, EpisodeForm.Values values, Map<String, String> errors, Optional<StoredEpisode> last) {
        model.addAttribute("v", values);
        model.addAttribute("errors", errors);
        model.addAttribute("places", List.of(Place.values()).stream().map(Place::contractId).toList());
        model.addAttribute("sides", List.of(Side.values()).stream().map(Side::contractId).toList());
        model.addAttribute("durations", List.of("unknown", "under_1", "1_to_5", "5_to_10", "over_10", "exact"));
        model.addAttribute("last", last.map(s -> new Last(s.episode().place().contractId(), s.episode().side().contractId(),
                s.episode().pain(), s.episode().duration().map(d -> Long.toString(d.toSeconds())).orElse(""))).orElse(null));
        model.addAttribute("againKey", newKey());
        return "diary/new";
    }

    private static EpisodeForm.Values withKey(EpisodeForm.Values v, String key) {
        return new EpisodeForm.Values(v.when(), v.time(), v.at(), v.zone(), v.place(), v.side(), v.pain(), v.duration(),
                v.durationSeconds(), v.wokeMe(), key);
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    // ------------------------------------------------------------------ one entry

    @GetMapping("/{id}")
    String entry(AccountId owner, @PathVariable String id, @RequestParam(required = false) String saved, Locale locale,
            Model model) {
        StoredEpisode s = find(owner, id);
        model.addAttribute("e", view(s, locale, messages));
        model.addAttribute("saved", saved != null);
        model.addAttribute("flags", List.of(RedFlag.values()).stream().map(RedFlag::symptomId).toList());
        model.addAttribute("ticked", s.episode().redFlags().stream().map(RedFlag::symptomId).toList());
        model.addAttribute("helped", s.episode().helped().orElse(""));
        model.addAttribute("notes", s.episode().notes().orElse(""));
        model.addAttribute("againKey", newKey());
        model.addAttribute("result", assessment.assess(owner, s.episode(), diary.today(s.episode().zone())).orElse(null));
        return "diary/entry";
    }

    @PostMapping("/{id}/details")
    String details(AccountId owner, @PathVariable String id, HttpServletRequest request) {
        StoredEpisode s = find(owner, id);
        Map<String, String[]> params = request.getParameterMap();
        String helped = EpisodeForm.one(params, "helped", "");
        String notes = EpisodeForm.one(params, "notes", "");
        Set<RedFlag> flags = EpisodeForm.flags(params.get("red_flags"))
                .orElseThrow(() -> new BadFormException("diary.error.form"));
        if (helped.length() > DiaryJson.MAX_HELPED || notes.length() > DiaryJson.MAX_NOTES) {
            throw new BadFormException("diary.error.long");
        }
        Episode e = s.episode();
        Episode changed = new Episode(e.at(), e.zone(), e.place(), e.side(), e.pain(), e.duration(), e.wokeMe(),
                helped.isEmpty() ? Optional.empty() : Optional.of(helped), notes.isEmpty() ? Optional.empty() : Optional.of(notes),
                flags);
        if (!diary.updateEpisode(owner, s.id(), changed)) {
            throw new NotFoundException(EpisodeApiController.NOT_FOUND);
        }
        return "redirect:/diary/" + s.id() + (RedFlagAssessment.alarming(changed) ? "#assessment" : "");
    }

    @GetMapping("/{id}/edit")
    String edit(AccountId owner, @PathVariable String id, Model model) {
        StoredEpisode s = find(owner, id);
        return edit(model, s.id(), EpisodeForm.of(s.episode()), Map.of());
    }

    @PostMapping("/{id}/edit")
    String change(AccountId owner, @PathVariable String id, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        StoredEpisode s = find(owner, id);
        EpisodeForm.Values values = EpisodeForm.values(request.getParameterMap());
        EpisodeForm.Read read = EpisodeForm.change(values, s.episode(), diary.now());
        if (read.episode().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return edit(model, s.id(), values, read.errors());
        }
        if (!diary.updateEpisode(owner, s.id(), read.episode().get())) {
            throw new NotFoundException(EpisodeApiController.NOT_FOUND);
        }
        return "redirect:/diary/" + s.id();
    }

    private String edit(Model model, long id, EpisodeForm.Values values, Map<String, String> errors) {
        model.addAttribute("id", id);
        model.addAttribute("v", values);
        model.addAttribute("errors", errors);
        model.addAttribute("places", List.of(Place.values()).stream().map(Place::contractId).toList());
        model.addAttribute("sides", List.of(Side.values()).stream().map(Side::contractId).toList());
        model.addAttribute("durations", List.of("unknown", "under_1", "1_to_5", "5_to_10", "over_10", "exact"));
        return "diary/edit";
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(AccountId owner, @PathVariable String id, Locale locale, Model model) {
        model.addAttribute("e", view(find(owner, id), locale, messages));
        return "diary/delete";
    }

    @PostMapping("/{id}/delete")
    String delete(AccountId owner, @PathVariable String id) {
        if (!diary.episodes().delete(owner, ApiRequests.id(id))) {
            throw new NotFoundException(EpisodeApiController.NOT_FOUND);
        }
        return "redirect:/diary?deleted";
    }

    private StoredEpisode find(AccountId owner, String id) {
        return diary.episodes().find(owner, ApiRequests.id(id))
                .orElseThrow(() -> new NotFoundException(EpisodeApiController.NOT_FOUND));
    }

    static EntryView view(StoredEpisode s, Locale locale, MessageSource messages) {
        Episode e = s.episode();
        var local = e.at().atZone(e.zone());
        String duration = e.duration().map(d -> durationPick(d.toSeconds())).orElse("");
        List<String> words = new ArrayList<>();
        words.add(messages.getMessage("diary.place." + e.place().contractId(), null, locale) + ", "
                + messages.getMessage("diary.side." + e.side().contractId(), null, locale));
        words.add(messages.getMessage("diary.entry.pain", new Object[] {e.pain()}, locale));
        if (!duration.isEmpty()) {
            words.add(messages.getMessage("diary.duration." + duration, null, locale));
        }
        if (e.wokeMe().orElse(false)) {
            words.add(messages.getMessage("diary.entry.woke", null, locale));
        }
        return new EntryView(s.id(), TIME.withLocale(locale).format(local),
                DATE_TIME.withLocale(locale).format(local.toLocalDateTime()),
                e.place().contractId(), e.side().contractId(), e.pain(), duration, e.wokeMe(), e.helped().orElse(""),
                e.notes().orElse(""), e.redFlags().stream().sorted().map(RedFlag::symptomId).toList(),
                RedFlagAssessment.alarming(e), "/diary/" + s.id(), String.join(" · ", words));
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG,
            FormatStyle.SHORT);

    /** A duration as the quick pick it falls in. */
    static String durationPick(long seconds) {
        if (seconds < 60) {
            return "under_1";
        }
        if (seconds <= 300) {
            return "1_to_5";
        }
        if (seconds <= 600) {
            return "5_to_10";
        }
        return "over_10";
    }
}
