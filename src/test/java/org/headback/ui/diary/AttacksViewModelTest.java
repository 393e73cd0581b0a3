package org.headback.ui.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.headback.diary.DayEntry;
import org.headback.diary.DayField;
import org.headback.diary.Diary;
import org.headback.diary.HeadacheKind;
import org.headback.diary.KeptMedicine;
import org.headback.diary.MedicationClass;
import org.headback.diary.Relief;
import org.junit.jupiter.api.Test;

class AttacksViewModelTest extends OpenDiaryView {
    private static final KeptMedicine SUMATRIPTAN =
            new KeptMedicine("Sumatriptan", MedicationClass.TRIPTAN, "50 mg", false, false);

    @Override
    void prepare(Diary diary) {
        diary.addMedicine(SUMATRIPTAN);
        diary.addMedicine(new KeptMedicine("Propranolol", MedicationClass.OTHER, "40 mg", true, false));
        diary.addMedicine(new KeptMedicine("Codeine", MedicationClass.OPIOID, "30 mg", false, true));
    }

    private AttacksViewModel attacks() {
        return editor.attacks();
    }

    private AttackRow attack(String start, String duration, String peak) {
        var attack = attacks().add();
        attack.startProperty().set(start);
        attack.durationProperty().set(duration);
        attack.peakProperty().set(peak);
        return attack;
    }

    private DayEntry saved() {
        editor.commit();
        return diary.day(TODAY).orElseThrow();
    }

    @Test
    void aDayWithAnAttack_takesItsHeadacheKindAndHoursFromIt_andSaysSo() {
        attack("14:00", "3h", "7").kindProperty().set(HeadacheKind.MIGRAINE);

        var day = saved();

        assertThat(day.headache()).isEqualTo(7);
        assertThat(day.headacheKind()).contains(HeadacheKind.MIGRAINE);
        assertThat(day.headacheHours()).isEqualTo(OptionalDouble.of(3));
        assertThat(attacks().fromAttacksProperty().get()).isEqualTo("Headache 7 (migraine), 3 h — from its attacks");
        assertThat(editor.errorProperty(DayField.HEADACHE).get()).isEmpty();
    }

    @Test
    void removingTheLastAttack_givesTheDaysBoxesBack_withTheAttacksValues() {
        var attack = attack("14:00", "3h", "7");
        attack.kindProperty().set(HeadacheKind.MIGRAINE);
        editor.commit();

        attacks().remove(attack);
        var day = saved();

        assertThat(editor.headacheProperty().get()).isEqualTo("7");
        assertThat(editor.kindProperty().get()).isEqualTo(HeadacheKind.MIGRAINE);
        assertThat(editor.headacheHoursProperty().get()).isEqualTo("3");
        assertThat(day.attacks()).isEmpty();
        assertThat(day.headache()).isEqualTo(7);
        assertThat(day.headacheHours()).isEqualTo(OptionalDouble.of(3));
        assertThat(attacks().fromAttacksProperty().get()).isEmpty();
    }

    @Test
    void aDayWithAttacks_savesItsAttacksHeadache_whateverTheDaysOwnBoxesHeld() {
        editor.headacheProperty().set("3");
        editor.headacheHoursProperty().set("1");
        attack("14:00", "3h", "7");

        var day = saved();

        assertThat(day.headache()).isEqualTo(7);
        assertThat(day.headacheHours()).isEqualTo(OptionalDouble.of(3));
        assertThat(editor.errorProperty(DayField.HEADACHE).get()).isEmpty();
        assertThat(editor.errorProperty(DayField.HEADACHE_HOURS).get()).isEmpty();
        assertThat(editor.headacheProperty().get()).isEqualTo("7");
    }

    @Test
    void aDurationTyped_showsTheEnd_andAnEndTyped_showsTheDuration_pastMidnightSaysSo() {
        var first = attack("14:00", "90 min", "5");
        var second = attack("22:00", "", "6");
        second.endProperty().set("02:00");

        var day = saved();

        assertThat(first.derivedProperty().get()).isEqualTo("ends 15:30");
        assertThat(second.derivedProperty().get()).isEqualTo("lasted 4 h, ends 02:00 the next day");
        assertThat(day.attacks().get(0).duration()).contains(Duration.ofMinutes(90));
        assertThat(day.attacks().get(1).duration()).contains(Duration.ofHours(4));
        assertThat(AttackRow.endText(LocalTime.of(23, 0), Duration.ofHours(34))).isEqualTo("ends 09:00 2 days later");
    }

    @Test
    void removingAttack1Of2_keepsTheSecondsMedicationWithIt_andTheFirstsOnTheDay() {
        var first = attack("09:00", "1h", "4");
        var second = attack("14:00", "3h", "7");
        attacks().took(SUMATRIPTAN, first).takenProperty().set("09:15");
        var forSecond = attacks().took(SUMATRIPTAN, second);
        forSecond.takenProperty().set("14:30");
        forSecond.reliefProperty().set(Relief.A_LOT);
        editor.commit();

        attacks().remove(first);
        var day = saved();

        assertThat(day.attacks()).hasSize(1);
        assertThat(day.attacks().get(0).peak()).isEqualTo(7);
        var medications = day.medications();
        assertThat(medications).hasSize(2);
        assertThat(medications.get(0).attack()).as("the removed attack's medication stays on the day").isEmpty();
        assertThat(medications.get(0).taken()).contains(LocalTime.of(9, 15));
        assertThat(medications.get(1).attack()).isEqualTo(OptionalInt.of(1));
        assertThat(medications.get(1).relief()).contains(Relief.A_LOT);
        assertThat(attacks().medicationsFor(second)).containsExactly(forSecond);
    }

    @Test
    void aPeakOf11_isRefusedOnItsOwnAttack_namingTheField_andNothingIsSaved() {
        attack("09:00", "1h", "4");
        var second = attack("14:00", "3h", "11");

        editor.commit();

        assertThat(second.problemProperty().get()).isEqualTo("the peak 11 is not between 0 and 10");
        assertThat(attacks().attacks().get(0).problemProperty().get()).isEmpty();
        assertThat(editor.errorProperty(DayField.ATTACKS).get())
                .isEqualTo("attack 2: the peak 11 is not between 0 and 10");
        assertThat(editor.unsavedProblem()).contains("Headache attacks: attack 2: the peak 11 is not between 0 and 10");
        assertThat(diary.day(TODAY)).isEmpty();
        assertThat(attacks().fromAttacksProperty().get()).as("no figure from attacks that do not read")
                .isEqualTo("Headache from its attacks: not worked out while a value is not valid");
    }

    @Test
    void aStartOf25_isRefusedOnItsAttack_andATimeTakenOf25_onItsMedication() {
        var attack = attack("25:00", "3h", "7");
        editor.commit();
        assertThat(attack.problemProperty().get())
                .isEqualTo("the start “25:00” is not a time of day from 00:00 to 23:59");
        assertThat(attack.derivedProperty().get()).isEmpty();

        attack.startProperty().set("14:00");
        var medication = attacks().took(SUMATRIPTAN, attack);
        medication.takenProperty().set("25:00");
        editor.commit();

        assertThat(attack.problemProperty().get()).isEmpty();
        assertThat(medication.problemProperty().get())
                .isEqualTo("the time taken “25:00” is not a time of day from 00:00 to 23:59");
        assertThat(editor.errorProperty(DayField.MEDICATION).get()).isEqualTo(medication.problemProperty().get());
        assertThat(diary.day(TODAY)).isEmpty();
    }

    @Test
    void keptMedicines_offerOnlyThoseNotHiddenNorPreventive_andOneFillsClassNameAndUsualDose() {
        assertThat(attacks().offered()).containsExactly(SUMATRIPTAN);
        assertThat(AttacksViewModel.label(SUMATRIPTAN)).isEqualTo("Sumatriptan 50 mg");
        var attack = attack("14:00", "3h", "7");

        var row = attacks().took(attacks().offered().get(0), attack);

        assertThat(row.medicationClassProperty().get()).isEqualTo(MedicationClass.TRIPTAN);
        assertThat(row.nameProperty().get()).isEqualTo("Sumatriptan");
        assertThat(row.doseProperty().get()).isEqualTo("50 mg");
        var medication = saved().medications().get(0);
        assertThat(medication.attack()).isEqualTo(OptionalInt.of(1));
        assertThat(medication.name()).isEqualTo("Sumatriptan");
    }

    @Test
    void refreshMedicines_offersAMedicineAddedAfterTheEditorOpened() {
        var ibuprofen = new KeptMedicine("Ibuprofen", MedicationClass.SIMPLE_ANALGESIC, "400 mg", false, false);
        diary.addMedicine(ibuprofen);
        assertThat(attacks().offered()).containsExactly(SUMATRIPTAN);

        editor.refreshMedicines();

        assertThat(attacks().offered()).containsExactly(SUMATRIPTAN, ibuprofen);
    }

    @Test
    void aMedicationOnADayWithoutAnAttack_staysPossible_withItsTimeAndReliefOptional() {
        editor.backPainProperty().set("3");
        editor.attacks().took(null);
        var row = editor.medications().get(0);
        row.medicationClassProperty().set(MedicationClass.SIMPLE_ANALGESIC);
        row.nameProperty().set("ibuprofen");

        var medication = saved().medications().get(0);

        assertThat(medication.attack()).isEmpty();
        assertThat(medication.taken()).isEmpty();
        assertThat(medication.relief()).isEmpty();
    }

    @Test
    void aDayWithAttacksShownAgain_showsEachWithItsMedications() {
        var attack = attack("14:00", "3h", "7");
        attacks().took(SUMATRIPTAN, attack).takenProperty().set("14:30");
        var day = saved();

        editor.show(TODAY, diary.day(TODAY));

        var shown = attacks().attacks().get(0);
        assertThat(shown.startProperty().get()).isEqualTo("14:00");
        assertThat(shown.durationProperty().get()).isEqualTo("3 h");
        assertThat(shown.derivedProperty().get()).isEqualTo("ends 17:00");
        assertThat(attacks().medicationsFor(shown)).hasSize(1);
        assertThat(attacks().medicationsFor(shown).get(0).takenProperty().get()).isEqualTo("14:30");
        assertThat(attacks().fromAttacksProperty().get()).isEqualTo("Headache 7, 3 h — from its attacks");
        assertThat(editor.check()).contains(day);
    }
}
