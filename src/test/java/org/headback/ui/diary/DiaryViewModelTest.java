package org.headback.ui.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.headback.diary.Attack;
import org.headback.diary.BackLocation;
import org.headback.diary.DayEntry;
import org.headback.diary.DayField;
import org.headback.diary.DayStatus;
import org.headback.diary.Diary;
import org.headback.diary.HeadacheKind;
import org.headback.diary.Medication;
import org.headback.diary.MedicationClass;
import org.headback.diary.Relief;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.text.Dates;
import org.headback.ui.DirectTaskRunner;
import org.junit.jupiter.api.Test;

class DiaryViewModelTest extends OpenDiaryView {
    @Test
    void start_opensTodayInTheCurrentMonth_notRecorded() {
        assertThat(viewModel.selectedProperty().get()).isEqualTo(TODAY);
        assertThat(viewModel.monthProperty().get()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(editor.recordedProperty().get()).isFalse();
        assertThat(viewModel.statusOf(TODAY)).isEqualTo(DayStatus.NOT_RECORDED);
    }

    @Test
    void editingADayWithAttacksAndFactors_keepsWhatTheEditorDoesNotShowYet() {
        var triptan = new Medication(MedicationClass.TRIPTAN, "sumatriptan", "50 mg");
        var day = DayEntry.on(TODAY.minusDays(1)).backPain(3).attacks(List.of(Attack.ofPeak(7)
                        .start(LocalTime.of(14, 0)).duration(Duration.ofHours(3)).kind(HeadacheKind.MIGRAINE).build()))
                .medications(List.of(triptan.withDetails(LocalTime.of(14, 30), 1, Relief.A_LOT)))
                .factors(Set.of("coffee")).build();
        diary.save(day);
        var reopened = new DiaryViewModel(diary, new DirectTaskRunner());
        reopened.start();
        reopened.select(day.date());

        reopened.editor().notesProperty().set("a long drive");
        reopened.editor().commit();

        assertThat(diary.day(day.date())).contains(day.toBuilder().notes("a long drive").build());
    }

    @Test
    void savedAt_isTheTimeOfTheDiarysClock() {
        editor.backPainProperty().set("4");
        editor.commit();

        assertThat(editor.saveStateProperty().get()).startsWith("Saved at 09:30");
    }

    @Test
    void editingAndCommitting_savesTheDay_andTheCalendarShowsIt() {
        editor.backPainProperty().set("4");
        editor.locations().add(BackLocation.LOWER_BACK);
        editor.headacheProperty().set("6");
        editor.kindProperty().set(HeadacheKind.MIGRAINE);
        editor.sleepHoursProperty().set("6.5");
        editor.attacks().took(null);
        editor.medications().get(0).medicationClassProperty().set(MedicationClass.TRIPTAN);
        editor.medications().get(0).nameProperty().set("sumatriptan");
        editor.commit();

        assertThat(editor.saveStateProperty().get()).startsWith("Saved at ");
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(diary.day(TODAY)).get().satisfies(day -> {
            assertThat(day.backPain()).isEqualTo(4);
            assertThat(day.headacheKind()).contains(HeadacheKind.MIGRAINE);
            assertThat(day.sleepHours()).hasValue(6.5);
            assertThat(day.medications()).hasSize(1);
        });
        assertThat(viewModel.statusOf(TODAY)).isEqualTo(DayStatus.BOTH);
        assertThat(viewModel.recentDays()).extracting(DayEntry::date).containsExactly(TODAY);
    }

    @Test
    void invalidValue_isMarkedOnItsField_andNeverSaved() {
        editor.backPainProperty().set("3");
        editor.commit();
        editor.backPainProperty().set("11");
        assertThat(editor.errorProperty(DayField.BACK_PAIN).get()).isEqualTo("11 is not between 0 and 10");
        editor.sleepHoursProperty().set("25");
        assertThat(editor.errorProperty(DayField.SLEEP_HOURS).get()).isEqualTo("25 is not between 0 and 24");
        editor.commit();

        assertThat(editor.saveStateProperty().get()).isEqualTo("Not saved: a value is not valid");
        assertThat(diary.day(TODAY)).get().extracting(DayEntry::backPain).isEqualTo(3);
        editor.backPainProperty().set("abc");
        assertThat(editor.errorProperty(DayField.BACK_PAIN).get()).contains("is not a whole number from 0 to 10");
    }

    @Test
    void tickingAWarningSign_showsTheBanner_savesIt_andMarksTheDay() {
        assertThat(editor.warningShownProperty().get()).isFalse();
        editor.tickWarningSign("fever_chills", true);
        editor.commit();

        assertThat(editor.warningShownProperty().get()).isTrue();
        assertThat(diary.day(TODAY)).get().extracting(DayEntry::warningSigns).isEqualTo(Set.of("fever_chills"));
        assertThat(viewModel.warningSignsOf(TODAY)).containsExactly("A high fever or chills");
        assertThat(viewModel.warningSignsOf(TODAY.minusDays(1))).isEmpty();

        viewModel.select(TODAY.minusDays(1));
        assertThat(editor.warningShownProperty().get()).isFalse();
        viewModel.select(TODAY);
        assertThat(editor.warningSigns()).containsExactly("fever_chills");
        editor.tickWarningSign("fever_chills", false);
        editor.commit();
        assertThat(editor.warningShownProperty().get()).isFalse();
        assertThat(diary.day(TODAY)).get().extracting(DayEntry::warningSigns).isEqualTo(Set.of());
    }

    @Test
    void savingADay_countsTheMonthsAgain() {
        var counters = viewModel.counters();
        assertThat(counters.lastThirtyDaysProperty().get()).isEqualTo("Last 30 days: not recorded.");
        assertThat(counters.months()).hasSize(12);
        assertThat(counters.months().get(0).month()).isEqualTo(YearMonth.of(2026, 11));

        editor.headacheProperty().set("5");
        editor.attacks().took(null);
        editor.medications().get(0).medicationClassProperty().set(MedicationClass.TRIPTAN);
        editor.commit();

        assertThat(counters.lastThirtyDaysProperty().get())
                .isEqualTo("Last 30 days: at least 1 headache day (1 of 30 days recorded).");
        assertThat(counters.months().get(0).headacheDays()).isEqualTo(1);
        assertThat(counters.medicationClasses()).containsExactly(MedicationClass.TRIPTAN);
        viewModel.deleteSelected();
        assertThat(counters.months().get(0).recorded()).isFalse();
        assertThat(counters.medicationClasses()).isEmpty();
    }

    @Test
    void kindWithoutHeadache_isMarkedOnTheKind() {
        editor.kindProperty().set(HeadacheKind.TENSION_TYPE);
        assertThat(editor.errorProperty(DayField.HEADACHE_KIND).get()).isEqualTo("a kind is given, but headache is 0");
        editor.headacheProperty().set("2");
        assertThat(editor.errorProperty(DayField.HEADACHE_KIND).get()).isEmpty();
    }

    @Test
    void futureDay_cannotBeSelected() {
        viewModel.select(TODAY.plusDays(1));
        assertThat(viewModel.selectedProperty().get()).isEqualTo(TODAY);
        assertThat(viewModel.messageProperty().get()).isEqualTo(Dates.ofUser().shown(TODAY.plusDays(1))
                + " is in the future: only days up to today can be recorded.");
        viewModel.nextMonth();
        assertThat(viewModel.monthProperty().get()).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void selectingAnotherDay_commitsTheOneBeingEdited() {
        editor.headacheProperty().set("5");
        viewModel.select(TODAY.minusDays(40));
        assertThat(diary.day(TODAY)).get().extracting(DayEntry::headache).isEqualTo(5);
        assertThat(viewModel.monthProperty().get()).isEqualTo(YearMonth.of(2026, 10));
    }

    @Test
    void delete_thenUndo_bringsTheDayBack() {
        editor.backPainProperty().set("7");
        editor.commit();
        var saved = diary.day(TODAY).orElseThrow();

        viewModel.deleteSelected();
        assertThat(diary.day(TODAY)).isEmpty();
        assertThat(viewModel.statusOf(TODAY)).isEqualTo(DayStatus.NOT_RECORDED);
        assertThat(viewModel.messageProperty().get()).isEqualTo(
                "Deleted " + Dates.ofUser().shown(LocalDate.of(2026, 11, 21)) + ".");

        viewModel.undoDelete();
        assertThat(diary.day(TODAY)).contains(saved);
        assertThat(editor.backPainProperty().get()).isEqualTo("7");
        assertThat(viewModel.statusOf(TODAY)).isEqualTo(DayStatus.BACK_PAIN_ONLY);
    }

    @Test
    void reload_afterAnotherProgramsChange_savesValidTyping_andKeepsInvalidTypingAsTyped() {
        diary.save(DayEntry.on(TODAY.minusDays(1)).backPain(2).build());
        editor.headacheProperty().set("5");
        viewModel.reload();
        assertThat(diary.day(TODAY)).get().extracting(DayEntry::headache).isEqualTo(5);
        assertThat(viewModel.recentDays()).extracting(DayEntry::date).containsExactly(TODAY, TODAY.minusDays(1));

        editor.backPainProperty().set("12");
        viewModel.reload();
        assertThat(editor.backPainProperty().get()).as("still as typed").isEqualTo("12");
        assertThat(editor.errorProperty(DayField.BACK_PAIN).get()).isEqualTo("12 is not between 0 and 10");
        assertThat(diary.day(TODAY)).get().extracting(DayEntry::backPain).isEqualTo(0);
    }

    /** Another program (here: another connection to the same file) saves while the window shows the day. */
    private void anotherProgramSaves(DayEntry day) {
        try (var other = Database.open(dataDir)) {
            new Diary(new SqliteDiaryStore(other, CLOCK), CLOCK).save(day);
        }
    }

    @Test
    void newDay_recordedByAnotherProgramWhileShownAsNotRecorded_isNotOverwritten_andIsShown() {
        anotherProgramSaves(DayEntry.on(TODAY).backPain(7).headache(2).notes("from the command line").build());

        editor.backPainProperty().set("1");
        editor.commit();

        assertThat(diary.day(TODAY)).get().extracting(DayEntry::notes).isEqualTo("from the command line");
        assertThat(editor.saveStateProperty().get())
                .startsWith("Not saved: " + Dates.ofUser().shown(TODAY) + " is already in the diary");
        assertThat(editor.backPainProperty().get()).as("the editor shows what is stored").isEqualTo("7");
    }

    @Test
    void recordedDay_changedByAnotherProgramWhileShown_isNotOverwritten_andIsShown() {
        editor.backPainProperty().set("1");
        editor.commit();
        anotherProgramSaves(DayEntry.on(TODAY).backPain(7).headache(2).notes("from the command line").build());

        editor.backPainProperty().set("3");
        editor.commit();

        assertThat(diary.day(TODAY)).get().extracting(DayEntry::notes).isEqualTo("from the command line");
        assertThat(editor.saveStateProperty().get()).startsWith("Not saved: " + Dates.ofUser().shown(TODAY)
                + " was changed by another "
                + "program");
        editor.backPainProperty().set("5");
        editor.commit();
        assertThat(diary.day(TODAY)).get().satisfies(day -> {
            assertThat(day.backPain()).as("a change made after seeing theirs is saved").isEqualTo(5);
            assertThat(day.notes()).isEqualTo("from the command line");
        });
    }

    @Test
    void savesOneAfterAnother_eachOverTheLast_areAllSaved() {
        for (int pain = 1; pain <= 5; pain++) {
            editor.backPainProperty().set(Integer.toString(pain));
            editor.notesProperty().set("change " + pain);
            editor.commit();
            assertThat(editor.saveStateProperty().get()).startsWith("Saved at ");
        }
        assertThat(diary.day(TODAY)).get().extracting(DayEntry::backPain).isEqualTo(5);
    }

    @Test
    void undoDelete_ofADayAnotherProgramRecordedSince_keepsTheirs() {
        editor.backPainProperty().set("1");
        editor.commit();
        viewModel.deleteSelected();
        anotherProgramSaves(DayEntry.on(TODAY).backPain(7).headache(2).notes("from the command line").build());

        viewModel.undoDelete();

        assertThat(diary.day(TODAY)).get().extracting(DayEntry::notes).isEqualTo("from the command line");
        assertThat(viewModel.messageProperty().get()).startsWith("Not restored: ").contains("already in the diary");
    }

    @Test
    void dayNotRecorded_showsNoSeverity_andItsFirstSaveSaysWhatItRecordedForTheOnesNotGiven() {
        assertThat(editor.backPainProperty().get()).isNullOrEmpty();
        assertThat(editor.headacheProperty().get()).isNullOrEmpty();
        assertThat(editor.stressProperty().get()).isNullOrEmpty();

        editor.backPainProperty().set("5");
        editor.commit();

        assertThat(diary.day(TODAY)).get().satisfies(day -> {
            assertThat(day.backPain()).isEqualTo(5);
            assertThat(day.headache()).isZero();
        });
        assertThat(editor.saveStateProperty().get()).startsWith("Saved at ")
                .endsWith("; headache not given, recorded as 0 (none)");
        assertThat(editor.headacheProperty().get()).as("never filled in under the user's typing").isNullOrEmpty();
        editor.notesProperty().set("a walk");
        editor.commit();
        assertThat(diary.day(TODAY)).get().extracting(DayEntry::notes).isEqualTo("a walk");
        assertThat(editor.errorProperty(DayField.HEADACHE).get()).isEmpty();
        editor.headacheProperty().set("");
        assertThat(editor.errorProperty(DayField.HEADACHE).get()).as("a box the user emptied")
                .isEqualTo("is missing (a whole number from 0 to 10)");
    }

    @Test
    void leavingADayWithAnInvalidValue_keepsTheUserOnIt_andSaysWhy() {
        editor.stressProperty().set("11");

        viewModel.select(TODAY.minusDays(1));

        assertThat(viewModel.selectedProperty().get()).isEqualTo(TODAY);
        assertThat(editor.dateProperty().get()).isEqualTo(TODAY);
        assertThat(editor.stressProperty().get()).isEqualTo("11");
        assertThat(viewModel.messageProperty().get()).isEqualTo(Dates.ofUser().withWeekday(TODAY)
                + " is not saved. Stress: 11 is not between 0 and 10. Correct it to go to another day.");
        assertThat(viewModel.unsavedOnClosing()).get().asString()
                .endsWith("Go back to correct it, or close without it.");

        editor.stressProperty().set("4");
        editor.commit();
        assertThat(viewModel.messageProperty().get()).as("the day is saved: the message is done").isEmpty();
        viewModel.select(TODAY.minusDays(1));
        assertThat(viewModel.selectedProperty().get()).isEqualTo(TODAY.minusDays(1));
        assertThat(viewModel.unsavedOnClosing()).isEmpty();
    }

    @Test
    void aLateRead_neverOverwritesWhatIsBeingTyped() {
        var runner = new DirectTaskRunner();
        var diaryView = new DiaryViewModel(diary, runner);
        var typing = diaryView.editor();
        diary.add(DayEntry.on(TODAY).backPain(3).build());
        diaryView.start();
        assertThat(typing.backPainProperty().get()).isEqualTo("3");

        runner.hold();
        diaryView.reload();
        typing.backPainProperty().set("7");
        runner.release();

        assertThat(typing.backPainProperty().get()).isEqualTo("7");
        assertThat(typing.dirtyProperty().get()).isTrue();
    }

    @Test
    void notToday_namesHowFarTheDayIsFromToday() {
        assertThat(DayWords.notToday(TODAY, TODAY)).isEmpty();
        assertThat(DayWords.notToday(TODAY.minusDays(1), TODAY)).isEqualTo("Not today: yesterday");
        assertThat(DayWords.notToday(TODAY.minusDays(3), TODAY)).isEqualTo("Not today: 3 days ago");
        assertThat(DayWords.notToday(TODAY.minusDays(1200), TODAY)).isEqualTo("Not today: 1,200 days ago");
        assertThat(DayWords.notToday(TODAY.plusDays(1), TODAY)).isEqualTo("Not today: tomorrow");
        assertThat(DayWords.notToday(TODAY.plusDays(2), TODAY)).isEqualTo("Not today: 2 days ahead");
    }
}
