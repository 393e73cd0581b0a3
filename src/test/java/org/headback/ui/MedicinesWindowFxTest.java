package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.headback.diary.KeptMedicine;
import org.headback.diary.MedicationClass;
import org.headback.diary.PreventiveCourse;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Medicines dialog, opened from the diary's header in the real window, headless. */
class MedicinesWindowFxTest extends WindowTest {
    @Start
    void start(Stage window) {
        begin(window);
    }

    @Test
    void aMedicineAddedAndACourseStarted_inTheDialog_areInTheDiary(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.clickOn("Medicines…");
        waitUntilIdle();
        robot.clickOn("#nameField").write("Propranolol");
        robot.clickOn("#doseField").write("40 mg");
        robot.clickOn(robot.lookup("#preventiveBox").queryAs(CheckBox.class));
        assertThat(robot.lookup("#nameField").queryAs(TextField.class).getText()).isEqualTo("Propranolol");
        robot.clickOn("#addMedicineButton");
        waitUntilIdle();

        var list = robot.lookup("#medicineList").<ListView<?>>query();
        assertThat(list.getItems()).hasSize(1);
        var start = LocalDate.now().minusDays(10);
        robot.clickOn("#courseDay").write(start.toString());
        robot.clickOn("#startButton");
        waitUntilIdle();

        var diary = diary(database);
        assertThat(diary.medicines()).containsExactly(new KeptMedicine("Propranolol", MedicationClass.OTHER, "40 mg",
                true, false));
        assertThat(diary.courses()).containsExactly(new PreventiveCourse("Propranolol", start, Optional.empty()));
        assertThat(robot.lookup("#courseList").<ListView<?>>query().getItems()).hasSize(1);
    }

    @Test
    void aRefusedName_showsItsWholeReason_notCutShort(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.clickOn("Medicines…");
        waitUntilIdle();
        robot.clickOn("#nameField").write("a:b");
        robot.clickOn("#addMedicineButton");
        waitUntilIdle();

        var error = robot.lookup("#nameError").queryAs(Label.class);
        assertThat(error.getText()).isEqualTo("the name “a:b” cannot contain ; or : or a line break");
        assertThat(((Text) error.lookup(".text")).getText()).isEqualTo(error.getText());
        assertThat(diary(database).medicines()).isEmpty();
    }
}
