package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.headback.chart.ChartKind;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.diary.Factor;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Factors chart as a user meets it: a factor that goes with more headaches, one without enough data. */
class FactorsWindowFxTest extends WindowTest {
    @Start
    void start(Stage window) {
        begin(window);
    }

    /** The last 30 days: coffee on the first 12 with most headaches; a walk on 3 days of the last 6. */
    @Override
    void prepare(Diary diary) {
        diary.addFactor(Factor.own("coffee"));
        diary.addFactor(Factor.own("walk"));
        var first = diary.today().minusDays(29);
        for (int i = 0; i < 30; i++) {
            var factors = new HashSet<String>();
            if (i < 12) {
                factors.add("coffee");
            }
            if (i >= 24 && i % 2 == 0) {
                factors.add("walk");
            }
            diary.save(DayEntry.on(first.plusDays(i)).backPain(i % 3 == 0 ? 4 : 0)
                    .headache(i < 9 || (i >= 20 && i < 24) ? 6 : 0).factors(factors).build());
        }
    }

    @Test
    void theFactorsChart_drawsTheFactorThatGoesWithMoreHeadaches_marksBackPain_andListsTheOneWithoutEnoughData(
            FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.clickOn("Charts");
        waitUntilIdle();
        robot.clickOn("Factors");
        waitUntilIdle();

        var viewer = (ChartViewer) robot.lookup(".chart-holder").queryAs(javafx.scene.layout.StackPane.class)
                .getChildren().get(0);
        assertThat(viewer.getChart().getTitle().getText()).isEqualTo(ChartKind.FACTORS.title());
        var rows = ((SymbolAxis) ((XYPlot) viewer.getChart().getPlot()).getRangeAxis()).getSymbols();
        assertThat(rows).contains("coffee").anySatisfy(row -> assertThat(row)
                .startsWith("Back pain").endsWith("the articles' question")).noneMatch("walk"::equals);
        assertThat(robot.lookup(".charts-summary").queryAs(Label.class).getText())
                .startsWith("coffee goes with more headaches");
        assertThat(robot.lookup(".charts-figures").queryAs(Label.class).getText())
                .contains("walk — not enough data: known on 6 days: at least 14 are needed.");
    }
}
