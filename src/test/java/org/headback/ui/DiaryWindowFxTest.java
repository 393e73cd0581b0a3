package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.headback.diary.DayEntry;
import org.headback.text.Dates;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The diary as a user meets it in the real window, headless. */
class DiaryWindowFxTest extends WindowTest {
    @Start
    void start(Stage window) {
        begin(window);
    }

    private static Node dayCell(FxRobot robot, LocalDate date) {
        return robot.lookup(".day-cell")
                .match((Button cell) -> cell.getAccessibleText().startsWith(Dates.ofUser().shown(date) + ":"))
                .query();
    }

    private static void typeInto(FxRobot robot, String fieldId, String text) {
        var field = robot.lookup("#" + fieldId).queryAs(TextField.class);
        scrollIntoView(robot, field);
        // Focused and selected as a click and a double click would, without a click that a layout change may move.
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).as(fieldId).isEqualTo(text);
    }

    @Test
    void enteringADay_savesIt_andItIsThereAfterClosingAndOpeningAgain(FxRobot robot) throws Exception {
        waitUntilIdle();
        var today = LocalDate.now();
        var day = today.getDayOfMonth() > 1 ? today.minusDays(1) : today;
        robot.clickOn(dayCell(robot, day));
        waitUntilIdle();
        typeInto(robot, "backPainField", "6");
        typeInto(robot, "headacheField", "4");
        var migraine = robot.from(robot.lookup("#kindChoices").queryAs(Node.class)).lookup("Migraine").query();
        scrollIntoView(robot, migraine);
        robot.clickOn(migraine);
        waitUntilIdle();
        assertThat(robot.lookup(".save-state").queryAs(Label.class).getText()).startsWith("Saved at ");
        assertThat(dayCell(robot, day).getStyleClass()).contains("status-both");

        robot.interact(() -> stage.hide());
        runner.close();
        database.close();
        robot.interact(() -> open(stage));
        waitUntilIdle();

        var reopened = app.diaryViewModel();
        assertThat(dayCell(robot, day).getStyleClass()).contains("status-both");
        robot.clickOn(dayCell(robot, day));
        waitUntilIdle();
        assertThat(robot.lookup("#backPainField").queryAs(TextField.class).getText()).isEqualTo("6");
        assertThat(robot.lookup("#headacheField").queryAs(TextField.class).getText()).isEqualTo("4");
        assertThat(reopened.recentDays()).extracting(DayEntry::date).contains(day);
    }

    @Test
    void severityOfEleven_isRefusedOnTheField_andNothingIsSaved(FxRobot robot) throws Exception {
        waitUntilIdle();
        typeInto(robot, "backPainField", "11");
        robot.type(KeyCode.TAB);
        waitUntilIdle();

        var field = robot.lookup("#backPainField").queryAs(TextField.class);
        assertThat(field.getStyleClass()).contains("invalid");
        assertThat(robot.lookup("#backPainError").queryAs(Label.class).getText())
                .isEqualTo("11 is not between 0 and 10");
        assertThat(robot.lookup(".save-state").queryAs(Label.class).getText())
                .isEqualTo("Not saved: a value is not valid");
        assertThat(dayCell(robot, LocalDate.now()).getStyleClass()).contains("status-not-recorded");
        assertThat(app.diaryViewModel().recentDays()).isEmpty();
    }

    @Test
    void futureDays_cannotBeChosen_withTheMouseOrTheKeyboard(FxRobot robot) throws Exception {
        waitUntilIdle();
        var today = LocalDate.now();
        robot.clickOn(dayCell(robot, today));
        robot.type(KeyCode.RIGHT);
        waitUntilIdle();
        assertThat(app.diaryViewModel().selectedProperty().get()).isEqualTo(today);

        robot.interact(() -> app.diaryViewModel().select(today.plusDays(1)));
        assertThat(app.diaryViewModel().selectedProperty().get()).isEqualTo(today);
        assertThat(app.diaryViewModel().messageProperty().get()).endsWith("only days up to today can be recorded.");
        // Six weeks always reach past the month's end, so tomorrow has a cell.
        assertThat(dayCell(robot, today.plusDays(1)).isDisabled()).isTrue();
    }
}
