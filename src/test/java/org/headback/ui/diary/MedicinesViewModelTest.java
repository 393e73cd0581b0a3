package org.headback.ui.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.headback.diary.Diary;
import org.headback.diary.KeptMedicine;
import org.headback.diary.MedicationClass;
import org.headback.diary.PreventiveCourse;
import org.headback.text.Dates;
import org.headback.ui.DirectTaskRunner;
import org.junit.jupiter.api.Test;

class MedicinesViewModelTest extends OpenDiaryView {
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private final AtomicInteger changes = new AtomicInteger();
    private final DirectTaskRunner runner = new DirectTaskRunner();
    private MedicinesViewModel medicines;

    @Override
    void prepare(Diary diary) {
        diary.addMedicine(new KeptMedicine("sumatriptan", MedicationClass.TRIPTAN, "50 mg", false, false));
    }

    @Override
    void showTheView() {
        super.showTheView();
        medicines = new MedicinesViewModel(diary, runner, changes::incrementAndGet);
        medicines.load();
    }

    private void addPropranolol() {
        medicines.nameProperty().set("Propranolol");
        medicines.doseProperty().set("40 mg");
        medicines.preventiveProperty().set(true);
        medicines.add();
    }

    @Test
    void load_listsTheKeptMedicines_withoutTellingOfAChange() {
        assertThat(medicines.lines()).extracting(line -> line.medicine().name()).containsExactly("sumatriptan");
        assertThat(changes).hasValue(0);
    }

    @Test
    void add_keepsTheMedicine_selectsIt_clearsTheFields_andTellsOfTheChange() {
        addPropranolol();

        assertThat(diary.medicines()).contains(new KeptMedicine("Propranolol", MedicationClass.OTHER, "40 mg", true,
                false));
        assertThat(medicines.selectedProperty().get().medicine().name()).isEqualTo("Propranolol");
        assertThat(medicines.nameProperty().get()).isEmpty();
        assertThat(medicines.preventiveProperty().get()).isFalse();
        assertThat(changes).hasValue(1);
    }

    @Test
    void add_aNameTaken_orEmpty_orADoseTooLong_isSaidBesideItsField_andKeepsWhatWasTyped() {
        medicines.nameProperty().set("Sumatriptan");
        medicines.add();
        assertThat(medicines.nameErrorProperty().get()).isEqualTo("“Sumatriptan” is in the list of medicines already");
        assertThat(medicines.nameProperty().get()).isEqualTo("Sumatriptan");

        medicines.nameProperty().set("  ");
        medicines.add();
        assertThat(medicines.nameErrorProperty().get()).isEqualTo("a kept medicine's name is empty");

        medicines.nameProperty().set("ibuprofen");
        medicines.doseProperty().set("x".repeat(201));
        medicines.add();
        assertThat(medicines.nameErrorProperty().get()).isEmpty();
        assertThat(medicines.doseErrorProperty().get()).isEqualTo("the dose is longer than 200 characters");
        assertThat(diary.medicines()).hasSize(1);
        assertThat(changes).hasValue(0);
    }

    @Test
    void aCourse_startedAndEnded_isKept_andListedUnderItsMedicine() {
        addPropranolol();
        medicines.courseDayProperty().set(MARCH);
        medicines.startCourse();
        medicines.courseDayProperty().set(MARCH.plusDays(60));
        medicines.stopCourse();

        var course = new PreventiveCourse("Propranolol", MARCH, Optional.of(MARCH.plusDays(60)));
        assertThat(diary.courses()).containsExactly(course);
        assertThat(medicines.selectedProperty().get().courses()).containsExactly(course);
        assertThat(medicines.selectedProperty().get().open()).isEmpty();
        assertThat(MedicinesViewModel.describe(course)).isEqualTo("from " + Dates.ofUser().shown(MARCH) + " to "
                + Dates.ofUser().shown(MARCH.plusDays(60)));
        assertThat(changes).hasValue(3);
    }

    @Test
    void aCourseRefused_isSaidBesideTheDay_inTheWindowsDays() {
        medicines.selectedProperty().set(medicines.lines().get(0));
        medicines.startCourse();
        assertThat(medicines.courseErrorProperty().get()).isEqualTo("choose a day");

        medicines.courseDayProperty().set(MARCH);
        medicines.startCourse();
        assertThat(medicines.courseErrorProperty().get())
                .isEqualTo("“sumatriptan” is not a preventive medicine; only a preventive one is taken in courses");

        addPropranolol();
        medicines.courseDayProperty().set(TODAY.plusDays(1));
        medicines.startCourse();
        assertThat(medicines.courseErrorProperty().get()).isEqualTo("the start day "
                + Dates.ofUser().shown(TODAY.plusDays(1)) + " is after the diary's latest day, "
                + Dates.ofUser().shown(TODAY));
        assertThat(diary.courses()).isEmpty();
    }

    @Test
    void renameAndHide_keepTheCourses_andTheSelection() {
        addPropranolol();
        medicines.courseDayProperty().set(MARCH);
        medicines.startCourse();

        medicines.newNameProperty().set("Propranolol LA");
        medicines.renameSelected();
        medicines.toggleHiddenSelected();

        var line = medicines.selectedProperty().get();
        assertThat(line.medicine()).isEqualTo(new KeptMedicine("Propranolol LA", MedicationClass.OTHER, "40 mg", true,
                true));
        assertThat(line.open()).contains(new PreventiveCourse("Propranolol LA", MARCH, Optional.empty()));
        medicines.newNameProperty().set("SUMATRIPTAN");
        medicines.renameSelected();
        assertThat(medicines.renameErrorProperty().get()).isEqualTo("“SUMATRIPTAN” is the name of another kept "
                + "medicine");
    }
}
