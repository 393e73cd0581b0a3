package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.headback.diary.DayEntry;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Warning signs and the clinical counters in the real window, headless. */
class WarningSignWindowFxTest extends WindowTest {
    @Start
    void start(Stage window) {
        begin(window);
    }

    private static Button dayCell(FxRobot robot, LocalDate date) {
        return robot.lookup(".day-cell").match((Button cell) -> cell.getAccessibleText().startsWith(date + ":"))
                .queryAs(Button.class);
    }

    /** Scrolls the calendar and the day's entry to their end, where the checklist is. */
    private static void scrollToTheEnd(FxRobot robot) {
        var scroll = robot.lookup(".diary-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            scroll.layout();
            scroll.setVvalue(scroll.getVmax());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tickingAWarningSign_showsTheBanner_andMarksTheDayInTheCalendar(FxRobot robot) throws Exception {
        waitUntilIdle();
        var today = LocalDate.now();
        var banner = robot.lookup(".warning-banner").queryAs(VBox.class);
        assertThat(banner.isVisible()).isFalse();

        scrollToTheEnd(robot);
        robot.clickOn(".warning-signs-pane > .title");
        scrollToTheEnd(robot);
        robot.clickOn("A high fever or chills");
        waitUntilIdle();

        assertThat(banner.isVisible()).isTrue();
        assertThat(robot.lookup(".warning-banner-title").queryAs(Label.class).getText())
                .isEqualTo("⚠ Seek medical help now");
        assertThat(robot.lookup(".warning-banner-text").queryAs(Label.class).getText())
                .startsWith("You ticked a sign that needs urgent medical attention.");
        assertThat(robot.lookup(".save-state").queryAs(Label.class).getText()).startsWith("Saved at ");
        var cell = dayCell(robot, today);
        assertThat(cell.getStyleClass()).contains("warning-sign");
        assertThat(cell.getText()).contains("⚠");
        assertThat(cell.getAccessibleText()).endsWith("; warning sign: A high fever or chills");
        assertThat(cell.getTooltip().getText()).contains("A high fever or chills");
        assertThat(app.diaryViewModel().recentDays()).extracting(DayEntry::warningSigns)
                .containsExactly(Set.of("fever_chills"));
    }

    @Test
    void countsView_showsTheLast12Months_andTheLast30Days(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.clickOn("Counts");
        waitUntilIdle();

        var tables = robot.lookup(".counters-table").queryAllAs(TableView.class);
        assertThat(tables).hasSize(2).allSatisfy(table -> assertThat(table.getItems()).hasSize(12));
        assertThat(robot.lookup(".counters-recent").queryAs(Label.class).getText())
                .isEqualTo("Last 30 days: not recorded.");
        assertThat(robot.lookup(".recent-counts").queryAs(Hyperlink.class).getText())
                .isEqualTo("30 days: not recorded");

        robot.clickOn("Calendar");
        waitUntilIdle();
        assertThat(robot.lookup(".counters-table").tryQuery()).isEmpty();
    }
}
