package org.crampcare.medication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.crampcare.support.Fixtures;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Doses, units and forms around a name never change which medicine it is. */
class MedicineIndexProperties {
    private static final MedicineIndex INDEX = Fixtures.kb().medicineIndex();
    private static final List<String> NAMES = Fixtures.kb().medicines().stream().flatMap(m -> m.names().stream())
            .toList();
    private static final List<String> UNITS = List.of("mg", "MG", "mcg", "µg", "μg", "ug", "g", "ml", "IU", "units",
            "мг", "мкг", "г", "мл", "МЕ", "ЕД", "%", "mmol");
    private static final List<String> FORMS = List.of("tablet", "tablets", "tabs", "caps", "capsules", "inhaler",
            "patch", "cream", "gel", "spray", "injection", "sachets", "SR", "XL", "MR", "retard", "once daily",
            "twice a day", "at night", "таб.", "табл.", "таблетки", "капс.", "мазь", "гель", "ретард", "форте",
            "р-р", "амп.", "2 раза в день", "на ночь");

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(NAMES);
    }

    /** A dose: a number, maybe with decimals or a strength (100/6), and maybe a unit, glued or spaced. */
    @Provide
    Arbitrary<String> doses() {
        Arbitrary<String> number = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 2000).map(String::valueOf),
                Arbitraries.integers().between(1, 99).map(n -> n + "." + (n % 10)),
                Arbitraries.integers().between(1, 99).map(n -> n + "," + (n % 7)),
                Arbitraries.integers().between(1, 500).map(n -> n + "/" + (1 + n % 12)));
        return Combinators.combine(number, Arbitraries.of(UNITS), Arbitraries.of("", " "), Arbitraries.of(true, false))
                .as((n, unit, gap, withUnit) -> withUnit ? n + gap + unit : n);
    }

    /** A dose and a form word after the name (glued or spaced), or before it. */
    @Provide
    Arbitrary<String> decorated() {
        return Combinators.combine(names(), doses(), Arbitraries.of(FORMS), Arbitraries.of("", " "),
                Arbitraries.integers().between(0, 3))
                .as((name, dose, form, glue, shape) -> switch (shape) {
                    case 0 -> name + glue + dose;
                    case 1 -> name + glue + dose + " " + form;
                    case 2 -> dose + " " + name;
                    default -> form + " " + name + " " + dose;
                } + "\u0000" + name);
    }

    @Property(tries = 2000)
    void aDoseOrFormAroundANameGivesTheSameMedicineAsTheBareName(@ForAll("decorated") String pair,
            @ForAll boolean upper) {
        String[] p = pair.split("\u0000");
        String typed = upper ? p[0].toUpperCase(Locale.ROOT) : p[0].toLowerCase(Locale.ROOT);
        List<Medicine> bare = INDEX.recognise(p[1]);
        assertThat(bare).as("bare name '%s'", p[1]).hasSize(1);
        assertThat(INDEX.recognise(typed)).as("'%s'", typed).isEqualTo(bare);
    }

    @Property(tries = 500)
    void everyKnownNameInAnyCaseIsItsOwnMedicine(@ForAll("names") String name, @ForAll boolean upper) {
        Medicine own = Fixtures.kb().medicines().stream().filter(m -> m.names().contains(name)).findFirst()
                .orElseThrow();
        String typed = upper ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
        assertThat(INDEX.recognise(typed)).containsExactly(own);
    }
}
