package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.headback.article.ArticleEntry;
import org.headback.storage.SqliteSettingsStore;
import org.headback.ui.reader.OutlineEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window, headless: the reader as a user meets it. */
/** Drives the real window, headless: the reader as a user meets it. */
class MainWindowFxTest extends WindowTest {
    /** The seed with the most headings, several of them long enough to wrap in the contents. */
    private static final String MANY_HEADINGS = "004_2eba5ff69666bfda.txt";

    @Start
    void start(Stage window) {
        begin(window);
    }

    @TempDir
    Path files;

    /** Ctrl+F, then the words, as a user types them. */
    private void searchFor(FxRobot robot, String words) throws Exception {
        waitUntilIdle();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write(words);
        waitUntilIdle();
    }

    private static String articleTitleShown(FxRobot robot) {
        return robot.lookup(".article-title-text").queryAs(Text.class).getText();
    }

    @Test
    void window_opensWithTheLibraryAndTheFirstArticle(FxRobot robot) throws Exception {
        waitUntilIdle();
        ListView<ArticleEntry> library = robot.lookup(".library-list").queryListView();
        assertThat(library.getItems()).hasSize(5);
        var first = library.getItems().get(0);
        assertThat(articleTitleShown(robot)).isEqualTo(first.title());
        assertThat(stage.getTitle()).isEqualTo("HeadBack — " + first.title());
        robot.clickOn("Contents");
        assertThat(robot.lookup(".outline-list").queryListView().getItems()).isNotEmpty();
    }

    @Test
    void library_namesEachSourceAsAReaderCanJudgeIt_neverByAFileName(FxRobot robot) throws Exception {
        waitUntilIdle();
        var details = robot.lookup(".library-details").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(details).hasSize(5).noneMatch(text -> text.contains(".txt"));
        assertThat(details.get(0)).startsWith("Saved web page · ");
        assertThat(details.get(1)).startsWith("The Spine Institute · ");
        assertThat(robot.lookup(".article-meta").queryAs(Label.class).getText()).startsWith("Saved web page");

        var file = Files.writeString(files.resolve("saved-page.txt"), "Neck Pain and Headaches\n\nMany people who "
                + "have neck pain also get headaches, and the neck can be the source.\n\n© 2024 Spine Health\n",
                StandardCharsets.UTF_8);
        robot.interact(() -> app.mainView().addArticles(List.of(file)));
        waitUntilIdle();
        assertThat(robot.lookup(".article-meta").queryAs(Label.class).getText())
                .startsWith("Spine Health, added by you").doesNotContain("saved-page.txt");
        assertThat(robot.lookup(".article-meta").queryAs(Label.class).getTooltip().getText())
                .isEqualTo("Added from your file saved-page.txt");
        assertThat(robot.lookup(".library-details").queryAllAs(Label.class).stream().map(Label::getText))
                .anyMatch(text -> text.startsWith("Added by you · "));
    }

    @Test
    void clickingAnArticle_opensIt(FxRobot robot) throws Exception {
        waitUntilIdle();
        ListView<ArticleEntry> library = robot.lookup(".library-list").queryListView();
        var third = library.getItems().get(2);
        clickHeld(robot, robot.lookup(".library-title").match((Label label) -> label.getText().equals(third.title()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(articleTitleShown(robot)).isEqualTo(third.title());
        assertThat(stage.getTitle()).endsWith(third.title());
    }

    @Test
    void search_marksEveryHitInTheText_andStepsWithEnter(FxRobot robot) throws Exception {
        searchFor(robot, "cervical");

        var hits = robot.lookup(".search-hit").queryAllAs(Text.class);
        assertThat(hits).isNotEmpty().allSatisfy(text -> assertThat(text.getText()).isEqualToIgnoringCase("cervical"));
        assertThat(hits).filteredOn(text -> text.getStyleClass().contains("search-hit-current")).hasSize(1);
        var summary = robot.lookup(".search-summary").queryAs(Label.class).getText();
        assertThat(summary).matches("1 of \\d+ in \\d+ articles");
        assertThat(robot.lookup(".hit-list").queryListView().isVisible()).isTrue();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".search-summary").queryAs(Label.class).getText()).startsWith("2 of ");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".search-hit").queryAll()).isEmpty();
        assertThat(robot.lookup(".library-list").queryListView().isVisible()).isTrue();
    }

    @Test
    void search_scrollsTheCurrentHitIntoView_evenFarDownTheArticle(FxRobot robot) throws Exception {
        searchFor(robot, "chest or abdominal");
        assertThat(robot.lookup(".search-summary").queryAs(Label.class).getText()).isEqualTo("No matches");

        robot.eraseText("chest or abdominal".length()).write("warning signs");
        waitUntilIdle();
        var current = robot.lookup(".search-hit-current").queryAs(Text.class);
        assertThat(current.getText()).isEqualToIgnoringCase("warning signs");
        var pane = robot.lookup(".article-blocks").query();
        assertThat(pane.localToScreen(pane.getBoundsInLocal()))
                .matches(bounds -> bounds.contains(current.localToScreen(current.getBoundsInLocal())));
    }

    @Test
    void addingAnArticleFile_putsItInTheLibraryAndOpensIt(FxRobot robot) throws Exception {
        waitUntilIdle();
        var file = Files.writeString(files.resolve("my-notes.md"),
                "# My Headache Notes\n\nThe headache started after gardening.\n", StandardCharsets.UTF_8);
        robot.interact(() -> app.mainView().addArticles(List.of(file)));
        waitUntilIdle();

        assertThat(robot.lookup(".library-list").queryListView().getItems()).hasSize(6);
        assertThat(articleTitleShown(robot)).isEqualTo("My Headache Notes");
        assertThat(robot.lookup(".notice-text").queryAs(Label.class).getText())
                .isEqualTo("Added “My Headache Notes” to your library.");
        assertThat(robot.lookup(".notice-bar").query().isVisible()).isTrue();
    }

    @Test
    void addingABinaryFile_isRefusedWithAMessage(FxRobot robot) throws Exception {
        waitUntilIdle();
        var file = Files.write(files.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        robot.interact(() -> app.mainView().addArticles(List.of(file)));
        waitUntilIdle();

        assertThat(robot.lookup(".notice-bar").query().getStyleClass()).contains("notice-error");
        assertThat(robot.lookup(".notice-text").queryAs(Label.class).getText())
                .isEqualTo("Cannot add “scan.txt”: it is not a text file (it contains binary data).");
        assertThat(robot.lookup(".library-list").queryListView().getItems()).hasSize(5);

        robot.clickOn(".notice-dismiss");
        assertThat(robot.lookup(".notice-bar").query().isVisible()).isFalse();
    }

    @Test
    void outlineEntry_scrollsTheArticleToItsHeading(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.clickOn("Contents");
        ListView<OutlineEntry> outline = robot.lookup(".outline-list").queryListView();
        var last = outline.getItems().get(outline.getItems().size() - 1);
        assertThat(headingInView(robot, last.text())).isFalse();

        clickHeld(robot, robot.lookup(".outline-list .list-cell").match((ListCell<?> cell) ->
                last.equals(cell.getItem())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(headingInView(robot, last.text())).isTrue();
    }

    @Test
    void contents_showEachHeadingWhole_noneOverAnother(FxRobot robot) throws Exception {
        waitUntilIdle();
        var longest = app.readerViewModel().articles().stream().filter(a -> a.sourceName().equals(MANY_HEADINGS))
                .findFirst().orElseThrow();
        clickHeld(robot, robot.lookup(".library-title").match((Label label) -> label.getText().equals(longest.title()))
                .queryAs(Node.class));
        waitUntilIdle();
        robot.clickOn("Contents");
        waitUntilIdle();

        var cells = robot.lookup(".outline-list .list-cell").match((ListCell<?> cell) -> cell.isVisible()
                && cell.getItem() != null).queryAllAs(ListCell.class).stream()
                .sorted(Comparator.comparingDouble(cell -> cell.localToScene(0, 0).getY())).toList();
        assertThat(cells).hasSizeGreaterThan(8);
        for (int i = 0; i < cells.size(); i++) {
            var cell = cells.get(i);
            var label = robot.from(cell).lookup(".outline-text").queryAs(Label.class);
            double labelBottom = cell.sceneToLocal(label.localToScene(label.getLayoutBounds())).getMaxY();
            assertThat(labelBottom).as("heading %s within its row", cell.getItem())
                    .isLessThanOrEqualTo(cell.getHeight() + 0.5);
            if (i + 1 < cells.size()) {
                assertThat(cell.localToScene(0, cell.getHeight()).getY()).as("%s above the next", cell.getItem())
                        .isLessThanOrEqualTo(cells.get(i + 1).localToScene(0, 0).getY() + 0.5);
            }
        }
    }

    private static boolean headingInView(FxRobot robot, String heading) {
        var pane = robot.lookup(".article-blocks").query();
        var paneBounds = pane.localToScreen(pane.getBoundsInLocal());
        return robot.lookup(".article-heading .article-text").queryAllAs(Text.class).stream()
                .filter(text -> text.getText().equals(heading) && text.isVisible())
                .map(text -> text.localToScreen(text.getBoundsInLocal()))
                .anyMatch(bounds -> bounds != null && paneBounds.contains(bounds));
    }

    @Test
    void arrowAndPageKeys_scrollTheArticle(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.clickOn(".article-title-text");
        var title = robot.lookup(".article-title-text").queryAs(Text.class);
        double before = title.localToScreen(title.getBoundsInLocal()).getMinY();
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.localToScreen(title.getBoundsInLocal()).getMinY()).isLessThan(before);
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".article-title-text").tryQuery()).isEmpty();
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".article-title-text").tryQuery()).isPresent();
    }

    @Test
    void ctrlPlus_makesTextLarger_andIsRemembered(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".main-window").query().getStyleClass())
                .contains(FontScale.styleClass(FontScale.DEFAULT_STEP + 1));
        waitUntilIdle();
        assertThat(UiSettings.fromMap(new SqliteSettingsStore(database).all()).fontStep())
                .isEqualTo(FontScale.DEFAULT_STEP + 1);
    }
}
