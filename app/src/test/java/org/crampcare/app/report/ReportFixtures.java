package org.crampcare.app.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import org.crampcare.diary.Change;
import org.crampcare.diary.CheckIn;
import org.crampcare.diary.Episode;
import org.crampcare.diary.Exertion;
import org.crampcare.diary.Place;
import org.crampcare.diary.RedFlag;
import org.crampcare.diary.Side;
import org.crampcare.knowledge.KnowledgeBase;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Diaries made up for the report tests (seeded, so every run sees the same), and the beans reports need. */
public final class ReportFixtures {
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final KnowledgeBase KB = KnowledgeBase.load();

    private ReportFixtures() {
    }

    public static KnowledgeBase kb() {
        return KB;
    }

    /** The application's message bundle, as Spring Boot sets it up (UTF-8, no fallback to the system locale). */
    public static MessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    /** The application's templates with the message bundle, as Spring Boot's Thymeleaf set-up has them. */
    public static SpringTemplateEngine templates(MessageSource messages) {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
        r.setPrefix("templates/");
        r.setSuffix(".html");
        r.setTemplateMode(TemplateMode.HTML);
        r.setCharacterEncoding("UTF-8");
        SpringTemplateEngine e = new SpringTemplateEngine();
        e.setTemplateResolver(r);
        e.setTemplateEngineMessageSource(messages);
        return e;
    }

    public static ReportCharts charts() {
        return new ReportCharts(messages());
    }

    public static Episode episode(LocalDate day, LocalTime time, Place place, Side side, int pain) {
        return new Episode(day.atTime(time).atZone(ZONE).toInstant(), ZONE, place, side, pain,
                Optional.of(Duration.ofMinutes(2)), Optional.of(true), Optional.empty(), Optional.empty(), Set.of());
    }

    public static DiaryExtract diary(Period period, List<Episode> episodes) {
        return new DiaryExtract(new ReportSubject(Optional.empty(), ZONE), period, episodes, List.of(), List.of(),
                List.of());
    }

    /**
     * A year of nights, 365 of them, with about 300 cramps: more in winter, mostly in the calf in the small hours,
     * some with notes in Russian, two with red flags; a change half-way; medicines, one in Cyrillic.
     */
    public static DiaryExtract year() {
        Random random = new Random(20261202);
        LocalDate first = LocalDate.of(2025, 12, 1);
        Period period = new Period(first, first.plusDays(364));
        List<Episode> episodes = new ArrayList<>();
        List<CheckIn> checkIns = new ArrayList<>();
        Place[] places = { Place.CALF, Place.CALF, Place.CALF, Place.FOOT, Place.TOES, Place.THIGH_BACK, Place.THIGH_FRONT };
        for (int d = 0; d < 365; d++) {
            LocalDate evening = first.plusDays(d);
            double rate = 0.7 + 0.25 * Math.cos(2 * Math.PI * d / 365.0);
            int n = random.nextDouble() < rate ? 1 + (random.nextDouble() < 0.15 ? 1 : 0) : 0;
            for (int i = 0; i < n; i++) {
                int minutes = (int) Math.round(random.nextGaussian() * 90) + 3 * 60; // around 03:00
                minutes = Math.floorMod(minutes, 24 * 60);
                LocalDate day = minutes < 12 * 60 ? evening.plusDays(1) : evening;
                var at = day.atTime(LocalTime.of(minutes / 60, minutes % 60)).atZone(ZONE).toInstant();
                Set<RedFlag> flags = d == 40 && i == 0 ? EnumSet.of(RedFlag.CALF_SWELLING_ONE_SIDE)
                        : d == 200 && i == 0 ? EnumSet.of(RedFlag.MUSCLE_WEAKNESS, RedFlag.DARK_URINE) : Set.of();
                Optional<String> notes = d % 29 == 0
                        ? Optional.of("Судорога в икре, проснулась от боли; a long note that has to wrap inside its "
                                + "table cell rather than push the table off the page: " + "ночью было холодно.")
                        : Optional.empty();
                episodes.add(new Episode(at, ZONE, places[random.nextInt(places.length)],
                        Side.values()[random.nextInt(3)], 2 + random.nextInt(8),
                        random.nextInt(5) == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(30 + random.nextInt(600))),
                        Optional.of(random.nextBoolean()), d % 3 == 0 ? Optional.of("Stretching the calf") : Optional.empty(),
                        notes, flags));
            }
            checkIns.add(new CheckIn(evening, Optional.of(d >= 180), Optional.of(Exertion.LIGHT), OptionalDouble.of(6),
                    OptionalDouble.of(1.5), OptionalInt.of(0), OptionalInt.of(2), Optional.empty(), Optional.empty(),
                    Optional.empty()));
        }
        List<Change> changes = List.of(new Change("Stretching every night before bed", first.plusDays(180), Optional.empty()),
                new Change("Магний на ночь", first.plusDays(60), Optional.of(first.plusDays(120))));
        return new DiaryExtract(new ReportSubject(Optional.of("Анна Петрова"), ZONE), period, episodes, checkIns, changes,
                List.of("Amlodipine 5 mg", "Амлодипин", "Furosemide 40 mg"));
    }

    public static final Locale EN = Locale.ENGLISH;
}
