package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.headback.diary.Diary;
import org.headback.testing.TestDays;
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
