package org.crampcare.app.diary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.crampcare.app.account.AccountId;
import org.crampcare.diary.CheckIn;
import org.crampcare.diary.Exertion;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The daily check-in at {@code /diary/check-in} ({@code ?day=} for another day): every factor optional, a factor left
 * empty is "not recorded". Saving again changes the day's check-in (there is one a day).
 */
@Controller
@RequestMapping("/diary/check-in")
class CheckInPageController {
    static final List<String> TRISTATE = List.of("", "yes", "no");

    private final Diary diary;

    CheckInPageController(Diary diary) {
        this.diary = diary;
    }

    /** The form's values as text. */
    record Values(String day, String stretched, String exercise, String standing, String water, String alcohol,
            String caffeine, String magnesium, String supplement, String medicine) {
    }

    @GetMapping
    String form(AccountId owner, @RequestParam(required = false) String day, @RequestParam(required = false) String saved,
            Locale locale, Model model) {
        ZoneId zone = diary.zoneOf(owner);
        LocalDate today = diary.today(zone);
        LocalDate d = ApiRequests.date("day", day).orElse(today);
        if (d.isAfter(today.plusDays(1)) || d.isBefore(Fields.EARLIEST)) {
            throw new BadFormException("diary.error.day");
        }
        Values v = diary.checkIns().onDay(owner, d).map(c -> values(c.checkIn()))
                .orElse(new Values(d.toString(), "", "", "", "", "", "", "", "", ""));
        model.addAttribute("saved", saved != null);
        return page(model, v, Map.of(), d, today, locale);
    }

    @PostMapping
    String save(AccountId owner, HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        Map<String, String[]> p = request.getParameterMap();
        Values v = new Values(EpisodeForm.one(p, "day", ""), EpisodeForm.one(p, "stretched_before_bed", ""),
                EpisodeForm.one(p, "exercise", ""), EpisodeForm.one(p, "hours_standing", ""),
                EpisodeForm.one(p, "water_litres", ""), EpisodeForm.one(p, "alcohol_drinks", ""),
                EpisodeForm.one(p, "caffeine_drinks", ""), EpisodeForm.one(p, "magnesium", ""),
                EpisodeForm.one(p, "other_supplement", ""), EpisodeForm.one(p, "new_medicine", ""));
        LocalDate today = diary.today(diary.zoneOf(owner));
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<CheckIn> c = read(v, today, errors);
        if (c.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("saved", false);
            LocalDate d = ApiRequests.date("day", v.day().length() == 10 ? v.day() : "").orElse(today);
            return page(model, v, errors, d, today, locale);
        }
        diary.saveCheckIn(owner, c.get());
        return "redirect:/diary/check-in?day=" + c.get().day() + "&saved";
    }

    private String page(Model model, Values v, Map<String, String> errors, LocalDate day, LocalDate today, Locale locale) {
        model.addAttribute("v", v);
        model.addAttribute("errors", errors);
        model.addAttribute("dayLabel", DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(day));
        model.addAttribute("previous", day.minusDays(1).toString());
        model.addAttribute("next", day.isBefore(today) ? day.plusDays(1).toString() : "");
        model.addAttribute("tristate", TRISTATE);
        model.addAttribute("exertions", List.of("", "none", "light", "moderate", "hard"));
        return "diary/check-in";
    }

    static Values values(CheckIn c) {
        return new Values(c.day().toString(), tri(c.stretchedBeforeBed()), c.exercise().map(DiaryJson::id).orElse(""),
                num(c.hoursStanding()), num(c.waterLitres()), num(c.alcoholDrinks()), num(c.caffeineDrinks()),
                tri(c.magnesium()), c.otherSupplement().orElse(""), c.newMedicine().orElse(""));
    }

    static Optional<CheckIn> read(Values v, LocalDate today, Map<String, String> errors) {
        Optional<LocalDate> day = Optional.empty();
        try {
            if (v.day().length() == 10) {
                LocalDate d = LocalDate.parse(v.day());
                if (!d.isAfter(today.plusDays(1)) && !d.isBefore(Fields.EARLIEST)) {
                    day = Optional.of(d);
                }
            }
        } catch (java.time.format.DateTimeParseException e) {
            // reported below
        }
        if (day.isEmpty()) {
            errors.put("day", "diary.error.day");
        }
        Optional<Boolean> stretched = tri(v.stretched(), "stretched_before_bed", errors);
        Optional<Boolean> magnesium = tri(v.magnesium(), "magnesium", errors);
        Optional<Exertion> exercise = Optional.empty();
        if (!v.exercise().isEmpty()) {
            for (Exertion x : Exertion.values()) {
                if (DiaryJson.id(x).equals(v.exercise())) {
                    exercise = Optional.of(x);
                }
            }
            if (exercise.isEmpty()) {
                errors.put("exercise", "diary.error.choice");
            }
        }
        OptionalDouble standing = decimal(v.standing(), 24, "hours_standing", errors);
        OptionalDouble water = decimal(v.water(), 20, "water_litres", errors);
        OptionalInt alcohol = whole(v.alcohol(), "alcohol_drinks", errors);
        OptionalInt caffeine = whole(v.caffeine(), "caffeine_drinks", errors);
        Optional<String> supplement = text(v.supplement(), "other_supplement", errors);
        Optional<String> medicine = text(v.medicine(), "new_medicine", errors);
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CheckIn(day.get(), stretched, exercise, standing, water, alcohol, caffeine, magnesium,
                supplement, medicine));
    }

    private static Optional<Boolean> tri(String v, String field, Map<String, String> errors) {
        return switch (v) {
            case "" -> Optional.empty();
            case "yes" -> Optional.of(true);
            case "no" -> Optional.of(false);
            default -> {
                errors.put(field, "diary.error.choice");
                yield Optional.empty();
            }
        };
    }

    private static OptionalDouble decimal(String v, double max, String field, Map<String, String> errors) {
        if (v.isEmpty()) {
            return OptionalDouble.empty();
        }
        String t = v.replace(',', '.');
        if (t.matches("\\d{1,3}(\\.\\d{1,2})?") && Double.parseDouble(t) <= max) {
            return OptionalDouble.of(Double.parseDouble(t));
        }
        errors.put(field, max == 24 ? "diary.error.hours" : "diary.error.litres");
        return OptionalDouble.empty();
    }

    private static OptionalInt whole(String v, String field, Map<String, String> errors) {
        if (v.isEmpty()) {
            return OptionalInt.empty();
        }
        if (v.matches("\\d{1,3}") && Integer.parseInt(v) <= 100) {
            return OptionalInt.of(Integer.parseInt(v));
        }
        errors.put(field, "diary.error.drinks");
        return OptionalInt.empty();
    }

    private static Optional<String> text(String v, String field, Map<String, String> errors) {
        if (v.length() > DiaryJson.MAX_SUPPLEMENT) {
            errors.put(field, "diary.error.long");
            return Optional.empty();
        }
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    private static String tri(Optional<Boolean> b) {
        return b.map(x -> x ? "yes" : "no").orElse("");
    }

    private static String num(OptionalDouble d) {
        if (d.isEmpty()) {
            return "";
        }
        double x = d.getAsDouble();
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    private static String num(OptionalInt i) {
        return i.isPresent() ? Integer.toString(i.getAsInt()) : "";
    }
}
