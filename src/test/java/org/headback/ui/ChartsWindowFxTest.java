package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.headback.chart.ChartKind;
import org.headback.diary.Diary;
import org.headback.testing.TestDays;
import org.headback.ui.charts.RangeChoice;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The charts as a user meets them: open them, change the range and the kind, and the figures follow. */
class ChartsWindowFxTest extends WindowTest {
    @Start
    void start(Stage window) {
        begin(window);
    }

    /** The last 30 days: back pain and headache together; the 60 before: mostly back pain alone. */
    @Override
    void prepare(Diary diary) {
        TestDays.togetherLately(diary.today()).forEach(diary::save);
    }

    private static String summary(FxRobot robot) {
        return robot.lookup(".charts-summary").queryAs(Label.class).getText();
    }

    @Test
    void onceTheFirstPictureIsComplete_theChartsViewIsBuiltAhead_showingNoChartAndLeavingTheDiaryOnShow(
            FxRobot robot) throws Exception {
        waitUntilIdle();
        var tabs = robot.lookup(".right-tabs").queryAs(TabPane.class);
        var chartsTab = tabs.getTabs().get(1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chartsTab.getContent() != null);
        waitUntilIdle();

        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Diary");
        var viewer = (ChartViewer) robot.lookup(".chart-holder").queryAs(javafx.scene.layout.StackPane.class)
                .getChildren().get(0);
        assertThat(viewer.getChart()).isNull();
        assertThat(summary(robot)).isEmpty();

        robot.clickOn("Charts");
        waitUntilIdle();
        assertThat(viewer.getChart()).isNotNull();
        assertThat(summary(robot)).endsWith("(90 recorded days).");
    }

    @Test
    void openingTheCharts_drawsTheChart_andChangingTheRangeUpdatesTheFigures(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.clickOn("Charts");
        waitUntilIdle();
        var viewer = robot.lookup(".chart-holder").queryAs(javafx.scene.layout.StackPane.class).getChildren()
                .get(0);
        assertThat(((ChartViewer) viewer).getChart()).isNotNull();
        var ninetyDays = summary(robot);
        assertThat(ninetyDays).startsWith("Headache on ").endsWith("(90 recorded days).");

        ComboBox<RangeChoice> range = robot.lookup(".range-row .combo-box").queryComboBox();
        robot.interact(() -> range.setValue(RangeChoice.LAST_30_DAYS));
        waitUntilIdle();
        assertThat(summary(robot)).isNotEqualTo(ninetyDays).endsWith("(30 recorded days).")
                .startsWith("Headache on 100 % of your back-pain days");

        robot.clickOn("Co-occurrence");
        waitUntilIdle();
        assertThat(((ChartViewer) viewer).getChart().getTitle().getText()).isEqualTo(ChartKind.COOCCURRENCE.title());
    }
}
