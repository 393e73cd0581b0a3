package org.headback.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.headback.storage.Database;
import org.headback.storage.OlderDiaries;
import org.headback.storage.SqliteDiaryStore;
import org.headback.testing.TestDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diary's attacks, factors and medicines through the feature service, in a real file. */
class DiaryFactorsAndMedicinesTest {
    private static final LocalDate TODAY = DiaryTest.TODAY;

    @TempDir
    Path dataDir;

    private Diary open(Database database) {
        return new Diary(new SqliteDiaryStore(database, DiaryTest.CLOCK), DiaryTest.CLOCK);
    }

    @Test
    void seededRandomDaysWithAttacksAndFactors_saved_readBackExactly_inANewSession() {
        var random = new Random(1414);
        var days = new ArrayList<DayEntry>();
        try (var database = Database.open(dataDir)) {
            var diary = open(database);
            for (int i = 300; i > 0; i--) {
                var day = TestDays.randomWithAttacks(random, TODAY.minusDays(i));
                diary.save(day);
                days.add(day);
            }
        }
        try (var database = Database.open(dataDir)) {
            assertThat(open(database).all()).containsExactlyElementsOf(days);
        }
    }

    @Test
    void daysOfAnOlderDiary_readAsTheyDid_eachWithItsOwnHeadacheKindAndHours() throws Exception {
        OlderDiaries.version4WithEveryKindOfDay(dataDir);

        try (var database = Database.open(dataDir)) {
            var diary = open(database);
            var days = diary.all();

            assertThat(days).hasSameSizeAs(OlderDiaries.EVERY_KIND_OF_DAY).allSatisfy(day -> {
                assertThat(day.attacks()).isEmpty();
                assertThat(day.factors()).isEmpty();
                assertThat(day.medications()).allMatch(medication -> !medication.hasDetails());
            });
            assertThat(diary.day(LocalDate.of(2026, 1, 10))).contains(DayEntry.on(LocalDate.of(2026, 1, 10))
                    .backPain(6).backLocations(Set.of(BackLocation.LOWER_BACK, BackLocation.NECK)).headache(7)
                    .headacheKind(HeadacheKind.MIGRAINE).headacheHours(4.5).sleepHours(6.25).stress(8)
                    .notes("Long drive,\n\"bad\" chair – 头痛 😀\r\nnext line")
                    .medications(java.util.List.of(new Medication(MedicationClass.TRIPTAN, "sumatriptan", "50 mg"),
                            new Medication(MedicationClass.SIMPLE_ANALGESIC, "ibuprofen", "400 mg")))
                    .warningSigns(Set.of("fever_chills", "worse_lying_down")).build());
            assertThat(diary.day(LocalDate.of(1899, 12, 31)).orElseThrow().headacheHours()).hasValue(24);
            assertThat(diary.day(LocalDate.of(2026, 1, 12)).orElseThrow().headacheHours()).hasValue(2.333333);
        }
    }

    @Test
    void aRenamedFactor_keepsItsDays_andItsKnownFromDay() {
        try (var database = Database.open(dataDir)) {
            var diary = open(database);
            diary.save(DayEntry.on(TODAY.minusDays(5)).build());
            diary.save(DayEntry.on(TODAY.minusDays(4)).factors(Set.of("coffee")).build());
            diary.save(DayEntry.on(TODAY.minusDays(3)).build());

            diary.renameFactor("coffee", "  Espresso ");

            assertThat(diary.day(TODAY.minusDays(4)).orElseThrow().factors()).containsExactly("Espresso");
            var history = diary.factorHistory("espresso");
            assertThat(history.knownFrom()).contains(TODAY.minusDays(4));
            assertThat(history.tickedOn(TODAY.minusDays(3))).contains(false);
            assertThat(history.tickedOn(TODAY.minusDays(5))).isEmpty();
        }
    }

    @Test
    void aHiddenFactor_keepsItsDays_andCanBeShownAgain() {
        try (var database = Database.open(dataDir)) {
            var diary = open(database);
            diary.save(DayEntry.on(TODAY).factors(Set.of("long drive")).build());

            diary.hideFactor("Long Drive", true);

            assertThat(diary.factors()).containsExactly(new Factor("long drive", FactorEffect.NONE, true,
                    Optional.empty()));
            assertThat(diary.day(TODAY).orElseThrow().factors()).containsExactly("long drive");
            diary.hideFactor("long drive", false);
            assertThat(diary.factors()).extracting(Factor::hidden).containsExactly(false);
        }
    }

    @Test
    void aFactorsEffectChanged_keepsItsDays_andOfNoFactorIsRefusedInWords() {
        try (var database = Database.open(dataDir)) {
            var diary = open(database);
            diary.save(DayEntry.on(TODAY).factors(Set.of("Lifting")).build());

            diary.changeFactorEffect("lifting", FactorEffect.WORSENS_BACK_PAIN);

            assertThat(diary.factors()).containsExactly(new Factor("Lifting", FactorEffect.WORSENS_BACK_PAIN, false,
                    Optional.empty()));
            assertThat(diary.day(TODAY).orElseThrow().factors()).containsExactly("Lifting");
            assertThatThrownBy(() -> diary.changeFactorEffect("tea", FactorEffect.NONE))
                    .hasMessage("factors: there is no factor “tea”");
        }
    }

    @Test
    void factorsThatCannotBeAddedOrRenamed_areRefusedWithWhatIsWrong() {
        try (var database = Database.open(dataDir)) {
            var diary = open(database);
            diary.addFactor(SuggestedFactors.catalogue().find("exercise").orElseThrow().factor());
            diary.addFactor(Factor.own("coffee"));

            assertThatThrownBy(() -> diary.addFactor(Factor.own("Coffee")))
                    .hasMessage("factors: “Coffee” is a factor already");
            assertThatThrownBy(() -> diary.renameFactor("coffee", "EXERCISE"))
                    .hasMessage("factors: “EXERCISE” is the name of another factor");
            assertThatThrownBy(() -> diary.renameFactor("tea", "green tea"))
                    .hasMessage("factors: there is no factor “tea”");
            assertThatThrownBy(() -> diary.renameFactor("coffee", ""))
                    .hasMessage("factors: a factor's name is empty");
            assertThatThrownBy(() -> diary.hideFactor("tea", true)).hasMessage("factors: there is no factor “tea”");
            assertThat(diary.factors()).extracting(Factor::name).containsExactly("Exercise", "coffee");
            assertThat(diary.factors().get(0).suggested()).contains("exercise");
        }
    }

    @Test
    void keptMedicinesAndPreventiveCourses_areKept() {
        try (var database = Database.open(dataDir)) {
            var diary = open(database);
            var propranolol = new KeptMedicine("Propranolol", MedicationClass.OTHER, "40 mg", true, false);
            diary.addMedicine(propranolol);
            var course = new PreventiveCourse("Propranolol", TODAY.minusMonths(3), Optional.of(TODAY.minusDays(2)));
            diary.addCourse(course);

            assertThat(diary.medicines()).containsExactly(propranolol);
            assertThat(diary.courses()).containsExactly(course);
            assertThatThrownBy(() -> diary.addMedicine(propranolol))
                    .hasMessage("medication: “Propranolol” is in the list of medicines already");
            assertThatThrownBy(() -> diary.addCourse(new PreventiveCourse("topiramate", TODAY, Optional.empty())))
                    .hasMessage("medication: there is no kept medicine “topiramate”");
            diary.renameMedicine("propranolol", "Propranolol LA");
            diary.hideMedicine("Propranolol LA", true);
            assertThat(diary.medicines()).containsExactly(new KeptMedicine("Propranolol LA", MedicationClass.OTHER,
                    "40 mg", true, true));
            assertThat(diary.courses()).extracting(PreventiveCourse::medicine).containsExactly("Propranolol LA");
            assertThat(propranolol.asTaken()).isEqualTo(new Medication(MedicationClass.OTHER, "Propranolol", "40 mg"));
        }
    }

    @Test
    void aKeptMedicineNamedWithATabOrOtherControlCharacter_isRefusedOnAddAndRename_andNothingIsKept() {
        try (var database = Database.open(dataDir)) {
            var diary = open(database);
            diary.addMedicine(new KeptMedicine("sumatriptan", MedicationClass.TRIPTAN, "", false, false));

            assertThatThrownBy(() -> diary.addMedicine(new KeptMedicine("suma\ttriptan", MedicationClass.TRIPTAN, "",
                    false, false))).hasMessage("medication: the name “suma�triptan” contains a control character");
            assertThatThrownBy(() -> diary.addMedicine(new KeptMedicine("a", MedicationClass.TRIPTAN, "50\u0007mg",
                    false, false))).hasMessage("medication: the dose “50�mg” contains a control character");
            assertThatThrownBy(() -> diary.renameMedicine("sumatriptan", "suma\u0001"))
                    .hasMessage("medication: the name “suma�” contains a control character");
            assertThat(diary.medicines()).extracting(KeptMedicine::name).containsExactly("sumatriptan");
        }
    }
}
