package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.diary.KeptMedicine;
import org.headback.diary.MedicationClass;
import org.headback.diary.PreventiveCourse;
import org.headback.text.Dates;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Before / after view as a user meets it: opened from the Charts tab on a diary with a preventive course. */
class BeforeAfterWindowFxTest extends WindowTest {
    @Start
    void start(Stage window) {
        begin(window);
    }

    /** 60 days: a headache every day of the 30 before propranolol started, on every fifth day since. */
    @Override
    void prepare(Diary diary) {
        var start = diary.today().minusDays(29);
        for (int i = 0; i < 60; i++) {
            var day = diary.today().minusDays(59 - i);
            boolean headache = day.isBefore(start) || i % 5 == 0;
            diary.save(DayEntry.on(day).headache(headache ? 6 : 0).build());
        }
        diary.addMedicine(new KeptMedicine("propranolol", MedicationClass.OTHER, "40 mg", true, false));
        diary.addCourse(new PreventiveCourse("propranolol", start, Optional.empty()));
    }

    @Test
    void beforeAfter_offersTheCourse_showsTheChangeSinceItStarted_andOffersItsPageToTheReport(FxRobot robot)
            throws Exception {
        waitUntilIdle();
        robot.clickOn("Charts");
        waitUntilIdle();
        robot.clickOn("Before / after…");
        waitUntilIdle();

        ComboBox<?> offered = robot.lookup(".before-after-form .combo-box").queryAs(ComboBox.class);
        var start = Dates.ofUser().shown(java.time.LocalDate.now().minusDays(29));
        assertThat(String.valueOf(offered.getValue())).isEqualTo("Before and after propranolol started (" + start
                + ")");
        assertThat(robot.lookup(".before-after-chosen").queryAs(Label.class).getText()).startsWith("Before: ")
                .endsWith("(30 days).");
        assertThat(robot.lookup(".before-after-lines").queryAs(Label.class).getText())
                .startsWith("Headache days: 30.0 per 30 recorded days before, 6.0 after; change −24.0");
        var viewer = (ChartViewer) robot.lookup(".before-after-chart").queryAs(StackPane.class).getChildren().get(0);
        assertThat(viewer.getChart().getTitle().getText()).isEqualTo("Before and after");
        assertThat(robot.lookup(".before-after-caution").queryAs(Label.class).getText()).startsWith("Bad weeks");
        robot.clickOn("Close");
        waitUntilIdle();

        robot.clickOn("Report…");
        waitUntilIdle();
        var addPage = robot.lookup(".report-before-after").queryAs(CheckBox.class);
        assertThat(addPage.isSelected()).isTrue();
        assertThat(addPage.getText()).startsWith("Add the before/after page: before ");
        robot.clickOn("Cancel");
    }
}
