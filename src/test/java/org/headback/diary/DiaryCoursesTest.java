package org.headback.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preventive courses started, ended and corrected, and the ones the diary refuses, in a real file. */
class DiaryCoursesTest {
    private static final LocalDate TODAY = DiaryTest.TODAY;
    private static final LocalDate MARCH = TODAY.withDayOfMonth(1).minusMonths(6);

    @TempDir
    Path dataDir;

    private Database database;
    private Diary diary;

    @BeforeEach
    void openWithAPreventiveAndAnAcuteMedicine() {
        database = Database.open(dataDir);
        diary = new Diary(new SqliteDiaryStore(database, DiaryTest.CLOCK), DiaryTest.CLOCK);
        diary.addMedicine(new KeptMedicine("Propranolol", MedicationClass.OTHER, "40 mg", true, false));
        diary.addMedicine(new KeptMedicine("sumatriptan", MedicationClass.TRIPTAN, "50 mg", false, false));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static PreventiveCourse course(LocalDate start, LocalDate stop) {
        return new PreventiveCourse("Propranolol", start, Optional.ofNullable(stop));
    }

    @Test
    void anOpenCourse_stopped_endsOnItsStopDay_andAHiddenMedicineKeepsIt() {
        diary.addCourse(course(MARCH, null));

        var ended = diary.stopCourse("propranolol", MARCH.plusDays(40));
        diary.hideMedicine("Propranolol", true);

        assertThat(ended).isEqualTo(course(MARCH, MARCH.plusDays(40)));
        assertThat(diary.courses()).containsExactly(course(MARCH, MARCH.plusDays(40)));
    }

    @Test
    void aCourse_corrected_getsItsNewDays_andMayMoveWithinItsOwnDays() {
        diary.addCourse(course(MARCH, MARCH.plusDays(30)));
        diary.addCourse(course(MARCH.plusDays(60), null));

        diary.changeCourse(course(MARCH, MARCH.plusDays(30)), course(MARCH.plusDays(5), MARCH.plusDays(59)));

        assertThat(diary.courses()).containsExactly(course(MARCH.plusDays(5), MARCH.plusDays(59)),
                course(MARCH.plusDays(60), null));
    }

    @Test
    void aCourseSharingADayWithAnother_isRefused_namingBoth_andNothingChanges() {
        diary.addCourse(course(MARCH, MARCH.plusDays(30)));

        assertThatThrownBy(() -> diary.addCourse(course(MARCH.plusDays(30), null)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("medication: the course of “Propranolol” from " + MARCH.plusDays(30)
                        + ", still taken shares days with its course from " + MARCH + " to " + MARCH.plusDays(30));
        diary.addCourse(course(MARCH.plusDays(40), null));
        assertThatThrownBy(() -> diary.changeCourse(course(MARCH, MARCH.plusDays(30)),
                course(MARCH, MARCH.plusDays(45)))).hasMessageContaining("shares days with its course from "
                + MARCH.plusDays(40) + ", still taken");
        assertThat(diary.courses()).containsExactly(course(MARCH, MARCH.plusDays(30)),
                course(MARCH.plusDays(40), null));
    }

    @Test
    void aSecondOpenCourse_isRefused() {
        diary.addCourse(course(MARCH, null));

        assertThatThrownBy(() -> diary.addCourse(course(MARCH.plusDays(90), null)))
                .hasMessageContaining("shares days with its course from " + MARCH + ", still taken");
    }

    @Test
    void aStopBeforeTheStart_isRefused_namingBothDays() {
        diary.addCourse(course(MARCH, null));

        assertThatThrownBy(() -> diary.stopCourse("Propranolol", MARCH.minusDays(1)))
                .hasMessage("medication: the stop day " + MARCH.minusDays(1)
                        + " of Propranolol is before its start day " + MARCH);
        assertThat(diary.courses()).containsExactly(course(MARCH, null));
    }

    @Test
    void aDayAfterTheLatestDay_isRefused_forTheStartAndTheStop() {
        assertThatThrownBy(() -> diary.addCourse(course(TODAY.plusDays(1), null)))
                .hasMessage("medication: the start day " + TODAY.plusDays(1) + " is after the diary's latest day, "
                        + TODAY);
        diary.addCourse(course(MARCH, null));
        assertThatThrownBy(() -> diary.stopCourse("Propranolol", TODAY.plusDays(3)))
                .hasMessage("medication: the stop day " + TODAY.plusDays(3) + " is after the diary's latest day, "
                        + TODAY);
        assertThat(diary.courses()).containsExactly(course(MARCH, null));
    }

    @Test
    void aCourseOfAnAcuteMedicine_orOfNone_orNoOpenCourseToStop_isRefusedInWords() {
        assertThatThrownBy(() -> diary.addCourse(new PreventiveCourse("sumatriptan", MARCH, Optional.empty())))
                .hasMessage("medication: “sumatriptan” is not a preventive medicine; only a preventive one is taken "
                        + "in courses");
        assertThatThrownBy(() -> diary.stopCourse("Propranolol", TODAY))
                .hasMessage("medication: “Propranolol” has no course still taken");
        assertThatThrownBy(() -> diary.changeCourse(course(MARCH, null), course(MARCH, TODAY)))
                .hasMessage("medication: “Propranolol” has no course from " + MARCH);
        assertThat(diary.courses()).isEmpty();
    }

    @Test
    void aCorrectionOfACourseNotKept_namesTheStartItLookedFor_notTheNewStart() {
        diary.addCourse(course(MARCH, MARCH.plusDays(10)));

        assertThatThrownBy(() -> diary.changeCourse(course(MARCH.plusDays(20), null), course(MARCH, null)))
                .hasMessage("medication: “Propranolol” has no course from " + MARCH.plusDays(20));
        assertThat(diary.courses()).containsExactly(course(MARCH, MARCH.plusDays(10)));
    }
}
