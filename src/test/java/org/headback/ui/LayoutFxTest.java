package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.headback.chart.ChartKind;
import org.headback.diary.Diary;
import org.headback.testing.TestDays;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window at the sizes people use: no pane crushed, no word broken, and the panes as they were after a resize. */
class LayoutFxTest extends WindowTest {
    @Start
    void start(Stage window) {
        begin(window);
    }

    @Override
    void prepare(Diary diary) {
        TestDays.alternating(diary.today(), 60).forEach(diary::save);
    }

    private void resize(FxRobot robot, double width, double height) throws Exception {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        waitUntilIdle();
    }

    private static Region region(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Region.class);
    }

    /** Every word of the title fits on a line of the title, so the title breaks only between words. */
    private static void assertTitleBreaksOnlyBetweenWords(FxRobot robot) {
        var title = robot.lookup(".article-title").queryAs(TextFlow.class);
        var text = (Text) title.getChildren().get(0);
        double line = title.getWidth() - title.snappedLeftInset() - title.snappedRightInset();
        for (var word : text.getText().split(" ")) {
            var measured = new Text(word);
            measured.setFont(text.getFont());
            assertThat(measured.getLayoutBounds().getWidth()).as("the width of “%s” in the title", word)
                    .isLessThanOrEqualTo(line);
        }
    }

    private static void assertNothingCrushed(FxRobot robot) {
        var article = region(robot, ".article-view");
        assertThat(article.getWidth()).as("the article's width").isGreaterThanOrEqualTo(article.minWidth(-1) - 1)
                .isGreaterThan(300);
        var chart = region(robot, ".chart-holder");
        assertThat(chart.getHeight()).as("the chart's height").isGreaterThanOrEqualTo(chart.minHeight(-1) - 1)
                .isGreaterThan(200);
        assertTitleBreaksOnlyBetweenWords(robot);
    }

    @Test
    void at1024x700_withTheChartsOpen_andWithLargerText_noPaneIsCrushed_andNoWordBroken(FxRobot robot)
            throws Exception {
        resize(robot, 1024, 700);
        robot.clickOn("Charts");
        waitUntilIdle();
        assertNothingCrushed(robot);
        assertThat(robot.lookup(".library-rail").tryQuery()).as("the library folded away, with its rail").isPresent();

        for (int i = 0; i < 2; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        }
        waitUntilIdle();
        assertNothingCrushed(robot);
    }

    /** The Charts tab at the evidence chart, drawn. */
    private ChartViewer showTheEvidenceChart(FxRobot robot) throws Exception {
        robot.clickOn("Charts");
        waitUntilIdle();
        robot.clickOn("Evidence");
        var viewer = (ChartViewer) region(robot, ".chart-holder").getChildrenUnmodifiable().get(0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewer.getChart() != null
                && ChartKind.EVIDENCE.title().equals(viewer.getChart().getTitle().getText()));
        waitUntilIdle();
        return viewer;
    }

    /** The height the chart as last drawn gave each of its rows. */
    private static double heightPerRow(ChartViewer viewer) {
        var rows = ((XYPlot) viewer.getChart().getPlot()).getRangeAxis().getRange().getLength();
        return viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea().getHeight() / rows;
    }

    @Test
    void at1024x700_theEvidenceChartGivesEachRowRoomForItsLabels_andItsTextSomeLines_theTabScrolling(
            FxRobot robot) throws Exception {
        resize(robot, 1024, 700);
        var viewer = showTheEvidenceChart(robot);

        assertThat(heightPerRow(viewer)).as("each row's height").isGreaterThanOrEqualTo(24);
        var text = region(robot, ".evidence-view");
        assertThat(text.getHeight()).as("the evidence text's height").isGreaterThanOrEqualTo(text.minHeight(-1) - 1)
                .isGreaterThan(100);
        var tab = robot.lookup(".charts-scroll").queryAs(ScrollPane.class);
        assertThat(tab.getContent().getLayoutBounds().getHeight()).as("the tab's content, scrolled")
                .isGreaterThan(tab.getViewportBounds().getHeight());
    }

    /** A turn of the mouse wheel over the middle of the chart's plot, with Ctrl held or not. */
    private void wheel(FxRobot robot, ChartViewer viewer, double deltaY, boolean ctrl) throws Exception {
        robot.interact(() -> {
            var canvas = viewer.getCanvas();
            var plot = canvas.getRenderingInfo().getPlotInfo().getDataArea();
            var point = canvas.localToScene(plot.getCenterX(), plot.getCenterY());
            double x = point.getX();
            double y = point.getY();
            Event.fireEvent(canvas, new ScrollEvent(ScrollEvent.SCROLL, x, y, x, y, false, ctrl, false, false, false,
                    false, 0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        });
        waitUntilIdle();
    }

    @Test
    void overAChart_theWheelAloneScrollsTheTab_andZoomsTheChartOnlyWithCtrl(FxRobot robot) throws Exception {
        resize(robot, 1024, 700);
        var viewer = showTheEvidenceChart(robot);
        var axis = ((XYPlot) viewer.getChart().getPlot()).getDomainAxis();
        var range = axis.getRange();
        var tab = robot.lookup(".charts-scroll").queryAs(ScrollPane.class);

        wheel(robot, viewer, -120, false);
        assertThat(tab.getVvalue()).as("the tab scrolled").isGreaterThan(0);
        assertThat(axis.getRange()).as("the chart's range").isEqualTo(range);

        wheel(robot, viewer, 40, true);
        assertThat(axis.getRange()).as("the chart's range, zoomed").isNotEqualTo(range);
    }

    @Test
    void afterResizingBack_theLibraryIsBack_andTheDividerAsItWas(FxRobot robot) throws Exception {
        resize(robot, 1280, 820);
        var library = region(robot, ".library-view");
        var mainSplit = robot.lookup(".main-split").queryAs(SplitPane.class);
        double mainDivider = mainSplit.getDividerPositions()[0];

        robot.clickOn("Charts");
        waitUntilIdle();
        resize(robot, 1024, 700);
        assertThat(library.getScene()).as("the library folded away").isNull();
        resize(robot, 1280, 820);
        robot.clickOn("Diary");
        waitUntilIdle();

        assertThat(library.getScene()).as("the library back").isNotNull();
        assertThat(library.getWidth()).as("never narrower than its minimum")
                .isGreaterThanOrEqualTo(library.minWidth(-1) - 1);
        assertThat(mainSplit.getDividerPositions()[0]).isCloseTo(mainDivider, within(0.01));
    }

    @Test
    void afterResizingBack_theLibraryHasTheWidthItHad(FxRobot robot) throws Exception {
        resize(robot, 1280, 820);
        var library = region(robot, ".library-view");
        double libraryWidth = library.getWidth();
        robot.clickOn("Charts");
        waitUntilIdle();
        resize(robot, 1024, 700);
        resize(robot, 1280, 820);
        robot.clickOn("Diary");
        waitUntilIdle();
        assertThat(library.getWidth()).as("within the divider's width").isCloseTo(libraryWidth, within(5.0));
    }

    @Test
    void ctrlL_givesTheFoldedLibraryBack_andPutsTheCursorInIt(FxRobot robot) throws Exception {
        resize(robot, 1280, 820);
        var library = region(robot, ".library-view");
        resize(robot, 1024, 700);
        robot.clickOn("Charts");
        waitUntilIdle();
        assertThat(library.getScene()).isNull();

        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitUntilIdle();
        assertThat(library.getScene()).isNotNull();
        assertThat(library.getWidth()).isGreaterThanOrEqualTo(library.minWidth(-1) - 1);
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = library.getScene().getFocusOwner();
        assertThat(focused).isNotNull();
        assertThat(isInside(focused, library)).isTrue();
    }

    @Test
    void afterTheLibraryWasGivenBackNarrower_andTheWindowMadeLarger_theLibraryHasTheWidthItHad(FxRobot robot)
            throws Exception {
        resize(robot, 1280, 820);
        var library = region(robot, ".library-view");
        double libraryWidth = library.getWidth();
        resize(robot, 1024, 700);
        robot.clickOn("Charts");
        waitUntilIdle();
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitUntilIdle();
        assertThat(library.getWidth()).as("given back at its minimum, for want of room")
                .isCloseTo(library.minWidth(-1), within(5.0)).isLessThan(libraryWidth - 10);

        resize(robot, 1280, 820);
        robot.clickOn("Diary");
        waitUntilIdle();
        assertThat(library.getWidth()).as("as wide as it was, the room being back")
                .isCloseTo(libraryWidth, within(5.0));
    }

    @Test
    void aWidthTheUserGaveTheLibrary_isTheWidthItComesBackAt(FxRobot robot) throws Exception {
        resize(robot, 1280, 820);
        var library = region(robot, ".library-view");
        var readerSplit = robot.lookup(".reader-split").queryAs(SplitPane.class);
        double wider = library.getWidth() + 40;
        robot.interact(() -> readerSplit.setDividerPosition(0, (wider + 2) / readerSplit.getWidth()));
        waitUntilIdle();
        double chosen = library.getWidth();
        assertThat(chosen).as("the divider moved").isGreaterThan(wider - 5);

        resize(robot, 1024, 700);
        robot.clickOn("Charts");
        waitUntilIdle();
        assertThat(library.getScene()).as("the library folded away").isNull();
        resize(robot, 1280, 820);
        robot.clickOn("Diary");
        waitUntilIdle();
        assertThat(library.getWidth()).isCloseTo(chosen, within(5.0));
    }

    private static boolean isInside(Node node, Node parent) {
        for (var n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }
}
