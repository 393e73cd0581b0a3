package org.headback.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactorTest {
    @Test
    void aName_isStripped_andRefusedWhenEmptyTooLongOrWithAControlCharacterOrASemicolon() {
        assertThat(Factor.own("  long drive ").name()).isEqualTo("long drive");
        assertThat(Factor.own("x".repeat(60)).name()).hasSize(60);
        assertThatThrownBy(() -> Factor.own("  ")).isInstanceOf(InvalidValueException.class)
                .hasMessage("factors: a factor's name is empty");
        assertThatThrownBy(() -> Factor.own("n".repeat(200)))
                .hasMessage("factors: the factor name “" + "n".repeat(40) + "…” is longer than 60 characters");
        assertThatThrownBy(() -> Factor.own("tea\ttime"))
                .hasMessage("factors: the factor name “tea�time” contains a control character");
        assertThatThrownBy(() -> Factor.own("tea;coffee")).hasMessage("factors: the factor name “tea;coffee”"
                + " cannot contain ;");
    }

    @Test
    void aDaysFactors_comeInOneOrder_whateverOrderTheyAreGivenIn() {
        var given = List.of("stairs", "heat pad", "Coffee", "coffee beans");
        for (int shift = 0; shift < given.size(); shift++) {
            var names = new LinkedHashSet<String>();
            for (int i = 0; i < given.size(); i++) {
                names.add(given.get((i + shift) % given.size()));
            }
            var day = DayEntry.on(LocalDate.of(2026, 11, 2)).backPain(0).headache(0).factors(names).build();

            assertThat(day.factors()).containsExactly("Coffee", "coffee beans", "heat pad", "stairs");
        }
    }

    @Test
    void aDay_refusesTheSameFactorTwiceIgnoringCase() {
        var names = new LinkedHashSet<>(List.of("coffee", "Coffee"));

        assertThatThrownBy(() -> DayEntry.on(LocalDate.of(2026, 1, 2)).factors(names).build())
                .hasMessage("factors: “Coffee” is ticked twice (names that differ only in case are one factor)");
    }

    @Test
    void namesAreTheSameIgnoringTheCaseOfAToZ_asTheDiarysFileComparesThem() {
        assertThat(Factor.sameIgnoringCase("Long DRIVE")).isEqualTo(Factor.sameIgnoringCase("long drive"));
        assertThat(Factor.sameIgnoringCase("Éclair")).isNotEqualTo(Factor.sameIgnoringCase("éclair"));
        assertThat(DayEntry.on(LocalDate.of(2026, 1, 2)).factors(new LinkedHashSet<>(List.of("Éclair", "éclair")))
                .build().factors()).containsExactlyInAnyOrder("Éclair", "éclair");
    }

    @Test
    void keptMedicinesAndCourses_areChecked() {
        assertThatThrownBy(() -> new KeptMedicine("", MedicationClass.TRIPTAN, "", false, false))
                .hasMessage("medication: a kept medicine's name is empty");
        assertThatThrownBy(() -> new KeptMedicine("a:b", MedicationClass.TRIPTAN, "", false, false))
                .hasMessage("medication: the name “a:b” cannot contain ; or : or a line break");
        var start = LocalDate.of(2026, 3, 1);
        assertThatThrownBy(() -> new PreventiveCourse("propranolol", start, Optional.of(start.minusDays(1))))
                .hasMessage("medication: the stop day 2026-02-28 of propranolol is before its start day 2026-03-01");
        var course = new PreventiveCourse("propranolol", start, Optional.of(start.plusDays(9)));
        assertThat(course.covers(start)).isTrue();
        assertThat(course.covers(start.plusDays(9))).isTrue();
        assertThat(course.covers(start.plusDays(10))).isFalse();
        assertThat(new PreventiveCourse("propranolol", start, Optional.empty()).covers(start.plusYears(3))).isTrue();
    }

    @Test
    void theSuggestions_eachHaveASourceAValidNameAndAKnownEffect() {
        var all = SuggestedFactors.catalogue().all();

        assertThat(all).extracting(SuggestedFactors.Suggestion::code).containsExactly("stress", "short_sleep",
                "long_sitting", "exercise", "menstruation", "rest", "heat", "stretching", "walking", "lifting");
        assertThat(all).allSatisfy(suggestion -> {
            assertThat(suggestion.source()).isNotBlank();
            assertThat(suggestion.factor().suggested()).contains(suggestion.code());
        });
        assertThat(all).extracting(suggestion -> Factor.sameIgnoringCase(suggestion.factor().name()))
                .doesNotHaveDuplicates();
        assertThat(SuggestedFactors.catalogue().find("rest").orElseThrow().factor().effect())
                .isEqualTo(FactorEffect.EASES_BACK_PAIN);
    }

    @Test
    void aSuggestionWithoutItsSource_orWithAnUnknownEffect_isRefused() {
        assertThatThrownBy(() -> SuggestedFactors.read(new StringReader("factor.tea = Tea\n"), "f.properties"))
                .hasMessage("f.properties: the factor tea has no source");
        assertThatThrownBy(() -> SuggestedFactors.read(new StringReader(
                "factor.tea = Tea\nsource.tea = x\neffect.tea = cures\n"), "f.properties"))
                .hasMessage("f.properties: the effect of tea, cures, is not none, eases_back_pain or"
                        + " worsens_back_pain");
    }
}
