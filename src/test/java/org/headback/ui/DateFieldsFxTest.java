package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.headback.diary.DateRange;
import org.headback.diary.Diary;
import org.headback.report.ReportPerson;
import org.headback.stats.Thresholds;
import org.headback.testing.TestDays;
import org.headback.text.Dates;
import org.headback.ui.charts.RangeChoice;
import org.headback.ui.diary.DiaryDialogs;
import org.headback.ui.report.ReportDialogs;
import org.headback.ui.report.ReportViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every kind of date field (the charts' custom range, the export and the report dialogs) takes a day typed in ISO or
 * in the locale's form, on Enter and on leaving the field, and says so beside the field when the text names no day.
 */
class DateFieldsFxTest extends WindowTest {
    @Start
    void start(Stage window) {
        begin(window);
    }

    @Override
    void prepare(Diary diary) {
        TestDays.alternating(diary.today(), 60).forEach(diary::save);
    }

    private LocalDate today() {
        return app.diaryViewModel().today();
    }

    /** Clicks into the picker's field, selects what it holds and types the text over it. */
    private static void typeInto(FxRobot robot, DatePicker picker, String text) {
        robot.clickOn(picker.getEditor());
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    private void openCustomRange(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.clickOn("Charts");
        waitUntilIdle();
        ComboBox<RangeChoice> range = robot.lookup(".range-row .combo-box").queryComboBox();
        robot.interact(() -> range.setValue(RangeChoice.CUSTOM));
        waitUntilIdle();
    }

    private static DatePicker[] pickers(FxRobot robot, String within) {
        return robot.lookup(within + " .date-picker").queryAllAs(DatePicker.class).toArray(DatePicker[]::new);
    }

    @Test
    void chartsCustomRange_takesAnIsoDay_onEnter_andOneInTheLocalesForm_onLeavingTheField(FxRobot robot)
            throws Exception {
        openCustomRange(robot);
        var pickers = pickers(robot, ".range-row");
        var from = today().minusDays(20);
        var to = today().minusDays(5);

        typeInto(robot, pickers[0], from.toString());
        robot.type(KeyCode.ENTER);
        waitUntilIdle();
        assertThat(pickers[0].getValue()).isEqualTo(from);
        assertThat(pickers[0].getEditor().getText()).isEqualTo(Dates.ofUser().shown(from));

        typeInto(robot, pickers[1], Dates.ofUser().numeric(to));
        robot.type(KeyCode.TAB);
        waitUntilIdle();
        assertThat(pickers[1].getValue()).isEqualTo(to);
        assertThat(robot.lookup(".charts-summary").queryAs(Label.class).getText()).endsWith("(16 recorded days).");
        assertThat(robot.lookup(".range-row .date-refusal").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void anImpossibleDay_isRefusedBesideTheField_andTheDayBeforeIsKept(FxRobot robot) throws Exception {
        openCustomRange(robot);
        var from = pickers(robot, ".range-row")[0];
        typeInto(robot, from, today().minusDays(9).toString());
        robot.type(KeyCode.ENTER);
        waitUntilIdle();

        typeInto(robot, from, "2026-02-30");
        robot.type(KeyCode.ENTER);
        waitUntilIdle();
        assertThat(from.getValue()).isEqualTo(today().minusDays(9));
        var refusal = robot.lookup(".range-row .date-refusal").queryAs(Label.class);
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).startsWith("“2026-02-30” (first day) is not a day: type it as ")
                .contains("2026-03-21");

        typeInto(robot, from, today().minusDays(3).toString());
        robot.type(KeyCode.TAB);
        waitUntilIdle();
        assertThat(from.getValue()).isEqualTo(today().minusDays(3));
        assertThat(refusal.isVisible()).isFalse();
    }

    @Test
    void exportDialog_usesTheDaysTyped_whenItsButtonIsPressedRightAfterTyping(FxRobot robot) throws Exception {
        waitUntilIdle();
        var chosen = new AtomicReference<Optional<DiaryDialogs.ExportRange>>();
        Platform.runLater(() -> chosen.set(DiaryDialogs.chooseRange(stage)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-form").tryQuery().isPresent());
        var pickers = pickers(robot, ".dialog-form");

        typeInto(robot, pickers[0], "2026-03-01");
        typeInto(robot, pickers[1], "2026-02-30");
        robot.clickOn("Choose File…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chosen.get()).as("the dialog stays open while a day is refused").isNull();
        assertThat(robot.lookup(".dialog-form .date-refusal").queryAs(Label.class).getText())
                .startsWith("“2026-02-30” (last day to export) is not a day");

        typeInto(robot, pickers[1], "2026-03-31");
        robot.clickOn("Choose File…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chosen.get() != null);
        assertThat(chosen.get()).contains(new DiaryDialogs.ExportRange(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31)));
    }

    @Test
    void reportDialog_usesTheDaysTyped_whenEnterIsPressedInAField(FxRobot robot) throws Exception {
        waitUntilIdle();
        var asked = new AtomicReference<Optional<ReportViewModel.Request>>();
        var suggested = DateRange.lastDays(90, today());
        Platform.runLater(() -> asked.set(ReportDialogs.ask(stage,
                new ReportDialogs.Start(suggested, Thresholds.DEFAULT, ReportPerson.NONE),
                new ReportDialogs.Days(today(), today()))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".report-form").tryQuery().isPresent());
        var pickers = pickers(robot, ".report-form");
        var from = today().minusDays(30);
        var to = today().minusDays(2);

        typeInto(robot, pickers[0], from.toString());
        typeInto(robot, pickers[1], to.toString());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> asked.get() != null);
        assertThat(asked.get()).isPresent();
        assertThat(asked.get().get().range()).isEqualTo(new DateRange(from, to));
    }

    @Test
    void thePickers_andTheCalendar_startTheWeekOnTheSameDay(FxRobot robot) throws Exception {
        openCustomRange(robot);
        var firstInCalendar = robot.lookup(".weekday").queryAs(Text.class).getText();
        var from = pickers(robot, ".range-row")[0];
        robot.interact(from::show);
        WaitForAsyncUtils.waitForFxEvents();
        var firstInPicker = robot.lookup(".day-name-cell").queryLabeled().getText();
        robot.interact(from::hide);
        assertThat(firstInPicker).isEqualTo(firstInCalendar);
    }
}
