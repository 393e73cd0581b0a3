package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.headback.diary.Diary;
import org.headback.testing.TestDays;
import org.headback.text.Dates;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Report for the Doctor…" as a user meets it: from the keyboard, beside the charts, starting from their range. */
class ReportWindowFxTest extends WindowTest {
    @Start
    void start(Stage window) {
        begin(window);
    }

    @Override
    void prepare(Diary diary) {
        TestDays.alternating(diary.today(), 40).forEach(diary::save);
    }

    @Test
    void ctrlR_showsTheCharts_andAsksForTheDaysAndFormat_fromTheChartsRange(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".report-form").tryQuery().isPresent());
        var tabs = robot.lookup(".right-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Charts");

        var pickers = robot.lookup(".report-form .date-picker").queryAllAs(DatePicker.class).toArray(DatePicker[]::new);
        assertThat(pickers).hasSize(3);
        var today = app.diaryViewModel().today();
        assertThat(pickers[0].getValue()).isEqualTo(today.minusDays(89));
        assertThat(pickers[1].getValue()).isEqualTo(today);
        assertThat(robot.lookup(".report-formats .radio-button").queryAllAs(RadioButton.class))
                .filteredOn(RadioButton::isSelected).extracting(RadioButton::getText)
                .containsExactly("PDF: A4 pages to print");

        var next = robot.lookup("Choose File…").queryButton();
        assertThat(next.isDisabled()).isFalse();
        robot.interact(() -> pickers[1].setValue(today.minusDays(100)));
        assertThat(next.isDisabled()).isTrue();
        assertThat(robot.lookup(".report-problem").queryAs(Label.class).getText())
                .isEqualTo("The range is reversed: the last day " + Dates.ofUser().shown(today.minusDays(100))
                        + " is before the first day " + Dates.ofUser().shown(pickers[0].getValue()) + ".");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".report-form").tryQuery().isEmpty());
        waitUntilIdle();
        assertThat(robot.lookup(".report-message").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup(".export-row .button").queryAllAs(Button.class)).extracting(Button::getText)
                .contains("Report…");
    }

    @Test
    void reportDialog_showsTheChartsThresholds_asksForNameAndBirthDate_andRefusesABirthDateInTheFuture(
            FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.clickOn("Charts");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#backThreshold").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        var back = (Spinner<Integer>) robot.lookup("#backThreshold").queryAs(Spinner.class);
        robot.interact(() -> back.getValueFactory().setValue(4));
        waitUntilIdle();
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".report-form").tryQuery().isPresent());
        assertThat(robot.lookup(".report-threshold").queryAllAs(Spinner.class)).extracting(Spinner::getValue)
                .as("the Charts tab's thresholds, shown to be changed").containsExactly(4, 1);

        var name = robot.lookup(".report-name").queryAs(TextField.class);
        assertThat(name.getText()).isEmpty();
        assertThat(name.getPromptText()).isEqualTo("optional");
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name.isFocused()).as("Alt+N moves to the name").isTrue();
        robot.clickOn(name).write("Jane Doe");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name.getText()).isEqualTo("Jane Doe");
        var next = robot.lookup("Choose File…").queryButton();
        assertThat(next.isDisabled()).as("a name is never required, and any is fine").isFalse();

        var born = robot.lookup(".report-birth-date").queryAs(DatePicker.class);
        var today = app.diaryViewModel().today();
        robot.interact(() -> born.setValue(today.plusDays(1)));
        assertThat(next.isDisabled()).isTrue();
        assertThat(robot.lookup(".report-problem").queryAs(Label.class).getText())
                .isEqualTo("The date of birth " + today.plusDays(1) + " is in the future.");
        robot.interact(() -> born.setValue(null));
        assertThat(next.isDisabled()).as("a date of birth is never required").isFalse();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".report-form").tryQuery().isEmpty());
    }
}
