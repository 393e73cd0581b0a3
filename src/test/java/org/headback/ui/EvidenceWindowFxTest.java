package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.headback.article.Article;
import org.headback.chart.ChartKind;
import org.headback.diary.Diary;
import org.headback.evidence.Claim;
import org.headback.testing.TestDays;
import org.headback.ui.reader.OutlineEntry;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The evidence view as a user meets it: from a marked figure in an article, and back to the article. */
class EvidenceWindowFxTest extends WindowTest {
    private static final String SEED = "004_2eba5ff69666bfda.txt";
    private static final String ROW = "ashina-2018-chronic-headache";
    private static final String HEADING = "Chronic Headache And Low Back Pain";

    @Start
    void start(Stage window) {
        begin(window);
    }

    /** 60 days: back pain and headache together on most back-pain days. */
    @Override
    void prepare(Diary diary) {
        TestDays.mostlyTogether(diary.today()).forEach(diary::save);
    }

    /** Opens the seed that quotes the figures by clicking it, and goes to their section with its contents. */
    private void openTheSeedAtItsFigures(FxRobot robot) throws Exception {
        waitUntilIdle();
        var article = app.readerViewModel().articles().stream().filter(a -> a.sourceName().equals(SEED))
                .findFirst().orElseThrow();
        clickHeld(robot, robot.lookup(".library-title").match((Label label) -> label.getText().equals(article.title()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Contents");
        ListView<OutlineEntry> outline = robot.lookup(".outline-list").queryListView();
        var entry = outline.getItems().stream().filter(e -> e.text().equals(HEADING)).findFirst().orElseThrow();
        robot.interact(() -> outline.scrollTo(entry));
        clickHeld(robot, robot.lookup(".outline-list .list-cell").match((ListCell<?> cell) ->
                entry.equals(cell.getItem())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The run of text marked with this style class for the figure, as shown in the reading pane (the pane also
     * keeps hidden rows for measuring), once it is there.
     */
    private static Text markedText(FxRobot robot, String styleClass) throws Exception {
        var pane = robot.lookup(".article-blocks").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownMarks(robot, styleClass, pane).findAny()
                .isPresent());
        return shownMarks(robot, styleClass, pane).findFirst().orElseThrow();
    }

    private static Stream<Text> shownMarks(FxRobot robot, String styleClass, Node pane) {
        return robot.lookup("." + styleClass).queryAllAs(Text.class).stream()
                .filter(text -> ROW.equals(((Claim) text.getProperties().get(Claim.class)).rowId()))
                .filter(text -> shown(text) && inView(text, pane));
    }

    /** Whether the node and every parent of it is visible. */
    private static boolean shown(Node node) {
        for (var at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** A point inside the third character of a run of text, which may wrap over lines. */
    private static Point2D inside(Text text) {
        var flow = (TextFlow) text.getParent();
        int offset = 0;
        for (var child : flow.getChildren()) {
            if (child == text) {
                break;
            }
            offset += ((Text) child).getText().length();
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (var element : flow.rangeShape(offset + 2, offset + 3)) {
            double x = element instanceof MoveTo move ? move.getX() : element instanceof LineTo line ? line.getX()
                    : Double.NaN;
            double y = element instanceof MoveTo move ? move.getY() : element instanceof LineTo line ? line.getY()
                    : Double.NaN;
            if (!Double.isNaN(x)) {
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        }
        return flow.localToScreen((minX + maxX) / 2, (minY + maxY) / 2);
    }

    private static boolean inView(Node node, Node pane) {
        var paneBounds = pane.localToScreen(pane.getBoundsInLocal());
        var bounds = node.localToScreen(node.getBoundsInLocal());
        return paneBounds != null && bounds != null && paneBounds.contains(bounds);
    }

    @Test
    void clickingAMarkedFigure_opensTheEvidenceViewAtIt_andItsLinkLeadsBackToThePassage(FxRobot robot)
            throws Exception {
        openTheSeedAtItsFigures(robot);
        var claim = markedText(robot, "evidence-claim");
        assertThat(claim.getText()).isEqualTo("In their analysis of chronic headache and low back pain the adjusted "
                + "odds ratio was 1.9");
        clickHeld(robot, inside(claim));
        TabPane tabs = robot.lookup(".right-tabs").queryAs(TabPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".evidence-row-selected").queryAll()
                .isEmpty());
        waitUntilIdle();

        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Charts");
        assertThat(robot.lookup("Evidence").queryAs(ToggleButton.class).isSelected()).isTrue();
        var viewer = (ChartViewer) robot.lookup(".chart-holder").queryAs(javafx.scene.layout.StackPane.class)
                .getChildren().get(0);
        assertThat(viewer.getChart().getTitle().getText()).isEqualTo(ChartKind.EVIDENCE.title());
        var selected = robot.lookup(".evidence-row-selected").queryAll();
        assertThat(selected).hasSize(1);
        var row = selected.iterator().next();
        assertThat(robot.from(row).lookup(".evidence-row-title").queryAs(Label.class).getText())
                .isEqualTo("Odds ratio 1.9 (95 % CI 0.8–4.5) · Ashina et al. 2018");
        assertThat(robot.lookup(".evidence-paragraph").queryAs(Label.class).getText()).contains("is not a study");

        robot.interact(() -> app.readerViewModel().select(app.readerViewModel().articles().get(0)));
        var link = robot.from(row).lookup(".evidence-row-link").queryAs(Hyperlink.class);
        assertThat(inView(link, robot.lookup(".evidence-view").queryAs(ScrollPane.class))).as("link in view").isTrue();
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();

        Article open = app.readerViewModel().openArticleProperty().get();
        assertThat(open.sourceName()).isEqualTo(SEED);
        // Found only when shown inside the reading pane: the passage is in view, marked as the one opened.
        var passage = markedText(robot, "evidence-claim-current");
        assertThat(passage.getText()).isEqualTo(claim.getText());
    }
}
