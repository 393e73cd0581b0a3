package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.headback.diary.DayEntry;
import org.headback.diary.WarningSign;
import org.headback.diary.WarningSigns;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Warning signs and the clinical counters in the real window, headless. */
class WarningSignWindowFxTest extends WindowTest {
    @Start
    void start(Stage window) {
        begin(window);
    }

    @Test
    void tickingAWarningSign_showsTheBanner_andMarksTheDayInTheCalendar(FxRobot robot) throws Exception {
        waitUntilIdle();
        var today = LocalDate.now();
        var banner = robot.lookup(".warning-banner").queryAs(VBox.class);
        assertThat(banner.isVisible()).isFalse();

        var fever = robot.lookup(".warning-sign-check").match((CheckBox box) -> box.getText()
                .equals("A high fever or chills")).queryAs(CheckBox.class);
        scrollIntoView(robot, fever);
        robot.clickOn(fever);
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
    void bothLists_areOpenInTheEntry_andTheBannerShowsBesideTheSignTicked(FxRobot robot) throws Exception {
        waitUntilIdle();
        var signs = WarningSigns.catalogue();
        var boxes = robot.lookup(".warning-sign-check").queryAllAs(CheckBox.class);
        assertThat(boxes).extracting(CheckBox::getText).containsExactlyElementsOf(signs.all().stream()
                .map(WarningSign::label).toList());
        assertThat(boxes).allSatisfy(box -> assertThat(box.isVisible()).isTrue());
        assertThat(robot.lookup(".warning-signs-heading").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Back pain", "Headache");
        var sudden = signs.find("headache_sudden_severe").orElseThrow();
        var box = robot.lookup(".warning-sign-check").match((CheckBox check) -> check.getText()
                .equals(sudden.label())).queryAs(CheckBox.class);
        scrollIntoView(robot, box);
        double where = box.localToScene(0, 0).getY();
        robot.clickOn(box);
        waitUntilIdle();
        assertThat(box.localToScene(0, 0).getY()).as("the sign ticked stays under the pointer")
                .isCloseTo(where, Offset.offset(20.0));

        var banner = robot.lookup(".warning-banner").queryAs(VBox.class);
        assertThat(banner.isVisible()).isTrue();
        var scroll = robot.lookup(".diary-scroll").queryAs(ScrollPane.class);
        var view = scroll.localToScreen(scroll.getLayoutBounds());
        var pinnedWarning = robot.lookup(".pinned-warning").queryAs(Label.class);
        assertThat(view.intersects(banner.localToScreen(banner.getLayoutBounds())) || pinnedWarning.isVisible()
                && robot.lookup(".pinned-day").query().isVisible()).as("the banner, or the pinned bar, in view")
                .isTrue();
        assertThat(box.getTooltip().getText()).isEqualTo("Source: " + sudden.source());
        assertThat(app.diaryViewModel().recentDays()).extracting(DayEntry::warningSigns)
                .containsExactly(Set.of("headache_sudden_severe"));
        assertThat(dayCell(robot, LocalDate.now()).getAccessibleText()).endsWith("; warning sign: " + sudden.label());
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

        robot.clickOn("#calendarChoice");
        waitUntilIdle();
        assertThat(robot.lookup(".counters-table").tryQuery()).isEmpty();
    }
}
