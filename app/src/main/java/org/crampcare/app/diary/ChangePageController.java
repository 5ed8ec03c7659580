package org.crampcare.app.diary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.config.NotFoundException;
import org.crampcare.diary.Change;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Dated changes at {@code /diary/changes}: "started stretching every night on 1 December", with an optional end. The
 * list and a form to add one; each change can be changed (ended) or deleted.
 */
@Controller
@RequestMapping("/diary/changes")
class ChangePageController {
    private final Diary diary;

    ChangePageController(Diary diary) {
        this.diary = diary;
    }

    record Values(String description, String started, String ended, String key) {
    }

    record ChangeView(long id, String description, String started, String ended) {
    }

    @GetMapping
    String list(AccountId owner, Locale locale, Model model) {
        return list(owner, locale, model, new Values("", diary.today(diary.zoneOf(owner)).toString(), "",
                DiaryPageController.newKey()), Map.of());
    }

    @PostMapping
    String add(AccountId owner, HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        Values v = values(request);
        if (!IdempotentCreate.KEY.matcher(v.key()).matches()) {
            throw new BadFormException("diary.error.stale");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Change> c = read(v, latest(owner), errors);
        if (c.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return list(owner, locale, model, v, errors);
        }
        try {
            diary.addChange(owner, v.key(), c.get());
        } catch (IdempotentCreate.KeyReused e) {
            // the same form sent again after a change: the first one was saved; show the list
        }
        return "redirect:/diary/changes";
    }

    @GetMapping("/{id}")
    String edit(AccountId owner, @PathVariable String id, Model model) {
        StoredChange s = find(owner, id);
        Change c = s.change();
        return edit(model, s.id(), new Values(c.description(), c.started().toString(),
                c.ended().map(LocalDate::toString).orElse(""), ""), Map.of());
    }

    @PostMapping("/{id}")
    String change(AccountId owner, @PathVariable String id, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        StoredChange s = find(owner, id);
        Values v = values(request);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Change> c = read(v, latest(owner), errors);
        if (c.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return edit(model, s.id(), v, errors);
        }
        if (!diary.updateChange(owner, s.id(), c.get())) {
            throw new NotFoundException(ChangeApiController.NOT_FOUND);
        }
        return "redirect:/diary/changes";
    }

    @PostMapping("/{id}/delete")
    String delete(AccountId owner, @PathVariable String id) {
        if (!diary.changes().delete(owner, ApiRequests.id(id))) {
            throw new NotFoundException(ChangeApiController.NOT_FOUND);
        }
        return "redirect:/diary/changes";
    }

    private String list(AccountId owner, Locale locale, Model model, Values v, Map<String, String> errors) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        List<ChangeView> changes = diary.changes().all(owner).stream().map(s -> new ChangeView(s.id(),
                s.change().description(), day.format(s.change().started()),
                s.change().ended().map(day::format).orElse(""))).toList();
        model.addAttribute("changes", changes);
        model.addAttribute("v", v);
        model.addAttribute("errors", errors);
        return "diary/changes";
    }

    private String edit(Model model, long id, Values v, Map<String, String> errors) {
        model.addAttribute("id", id);
        model.addAttribute("v", v);
        model.addAttribute("errors", errors);
        return "diary/change";
    }

    private LocalDate latest(AccountId owner) {
        return diary.today(diary.zoneOf(owner)).plusYears(1);
    }

    private StoredChange find(AccountId owner, String id) {
        return diary.changes().find(owner, ApiRequests.id(id))
                .orElseThrow(() -> new NotFoundException(ChangeApiController.NOT_FOUND));
    }

    private static Values values(HttpServletRequest request) {
        Map<String, String[]> p = request.getParameterMap();
        return new Values(EpisodeForm.one(p, "description", ""), EpisodeForm.one(p, "started", ""),
                EpisodeForm.one(p, "ended", ""), EpisodeForm.one(p, EpisodeForm.KEY, ""));
    }

    static Optional<Change> read(Values v, LocalDate latest, Map<String, String> errors) {
        if (v.description().isEmpty()) {
            errors.put("description", "diary.error.description");
        } else if (v.description().length() > DiaryJson.MAX_DESCRIPTION) {
            errors.put("description", "diary.error.long");
        }
        Optional<LocalDate> started = date(v.started(), latest);
        if (started.isEmpty()) {
            errors.put("started", "diary.error.date");
        }
        Optional<LocalDate> ended = Optional.empty();
        if (!v.ended().isEmpty()) {
            ended = date(v.ended(), LocalDate.of(9999, 12, 31));
            if (ended.isEmpty()) {
                errors.put("ended", "diary.error.date");
            } else if (started.isPresent() && ended.get().isBefore(started.get())) {
                errors.put("ended", "diary.error.ended");
            }
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Change(v.description(), started.get(), ended));
    }

    private static Optional<LocalDate> date(String v, LocalDate latest) {
        try {
            if (v.length() != 10) {
                return Optional.empty();
            }
            LocalDate d = LocalDate.parse(v);
            return d.isBefore(Fields.EARLIEST) || d.isAfter(latest) ? Optional.empty() : Optional.of(d);
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
