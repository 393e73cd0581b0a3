package org.headback.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.headback.article.Library;
import org.headback.diary.Diary;
import org.headback.output.Outputs;
import org.headback.reminder.LoginItem;
import org.headback.reminder.Reminder;
import org.headback.reminder.ReminderSystem;
import org.headback.safekeeping.DiaryBackups;
import org.headback.safekeeping.Settings;
import org.headback.storage.Backups;
import org.headback.storage.Database;
import org.headback.storage.SqliteArticleStore;
import org.headback.storage.SqliteDiaryStore;
import org.headback.storage.SqliteSettingsStore;
import org.headback.text.Dates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real window over a temporary data folder, for tests that drive it as a user would (headless on Monocle). */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {
    /** The background reminders the window would have started, as commands. */
    static final List<List<String>> STARTED = new CopyOnWriteArrayList<>();

    @TempDir
    Path dataDir;

    Database database;
    FxTaskRunner runner;
    WindowAssembly app;
    Stage stage;

    /** Each test class's {@code @Start} method calls this (TestFX looks for it in the test class itself). */
    void begin(Stage window) {
        this.stage = window;
        open(window);
    }

    /** Opens the window on the data folder, as the application does. */
    void open(Stage window) {
        database = Database.open(dataDir);
        prepare(diary(database));
        runner = new FxTaskRunner();
        app = WindowAssembly.show(window, UiSettings.defaults(), services(database, dataDir), runner);
    }

    /** Fills the diary before the window opens; nothing by default. */
    void prepare(Diary diary) {
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get(5, TimeUnit.SECONDS);
        // Closing saves what was being typed: that save, and what it starts when done, finish before the runner stops.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !runner.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        runner.close();
        database.close();
    }

    /** Waits until the background work and the library's loading are done, and the window has caught up. */
    void waitUntilIdle() throws Exception {
        // The events the robot just sent are handled first: a click that starts background work must be seen as busy.
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> !runner.busyProperty().get() && !app.readerViewModel().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Clicks the middle of a node as a person does, the window laid out again while the button is down (the robot's
     * own clicks are quicker than a frame, and would miss what changes under the pointer between press and release).
     */
    void clickHeld(FxRobot robot, Node node) throws Exception {
        var bounds = node.localToScreen(node.getBoundsInLocal());
        clickHeld(robot, new Point2D(bounds.getCenterX(), bounds.getCenterY()));
    }

    /** As {@link #clickHeld(FxRobot, Node)}, at a point on the screen. */
    void clickHeld(FxRobot robot, Point2D at) throws Exception {
        robot.moveTo(at);
        robot.press(MouseButton.PRIMARY);
        var pulsed = new CountDownLatch(1);
        robot.interact(() -> LaidOut.when(stage.getScene(), () -> true, true, pulsed::countDown));
        if (!pulsed.await(5, TimeUnit.SECONDS)) {
            throw new AssertionError("The window was not laid out with the button down");
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the diary so that a node of the day's entry is in the middle of its view, as a user would. */
    static void scrollIntoView(FxRobot robot, Node node) {
        var scroll = robot.lookup(".diary-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            scroll.layout();
            var content = scroll.getContent();
            var bounds = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
            double view = scroll.getViewportBounds().getHeight();
            double hidden = content.getLayoutBounds().getHeight() - view;
            scroll.setVvalue(hidden <= 0 ? 0 : Math.min(1, Math.max(0, (bounds.getCenterY() - view / 2) / hidden)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls to the node found by the query, then clicks it. */
    static void clickInView(FxRobot robot, String query) {
        var node = robot.lookup(query).query();
        scrollIntoView(robot, node);
        robot.clickOn(node);
    }

    /** The calendar's button for this day. */
    static Button dayCell(FxRobot robot, LocalDate date) {
        return robot.lookup(".day-cell")
                .match((Button cell) -> cell.getAccessibleText().startsWith(Dates.ofUser().shown(date) + ":"))
                .queryAs(Button.class);
    }

    static Diary diary(Database database) {
        var clock = Clock.systemDefaultZone();
        return new Diary(new SqliteDiaryStore(database, clock), clock);
    }

    /** The services the application makes, over a temporary data folder and today's date. */
    static AppServices services(Database database, Path dataDir) {
        var clock = Clock.systemDefaultZone();
        var articles = new SqliteArticleStore(database);
        return new AppServices(Settings.of(new SqliteSettingsStore(database)), () -> Library.open(articles),
                diary(database), new DiaryBackups(new Backups(database, dataDir, clock)), Outputs.open(dataDir),
                database::changedElsewhere, reminder(database, dataDir));
    }

    /**
     * The reminder over the data folder, registered in a configuration folder inside it; what it would start in the
     * background is only counted.
     */
    static Reminder reminder(Database database, Path dataDir) {
        return new Reminder(new SqliteSettingsStore(database), dataDir, ReminderSystem.with(LoginItem.forSystem(
                "Linux", Map.of("XDG_CONFIG_HOME", dataDir.resolve("config").toString()), dataDir),
                command -> STARTED.add(command)));
    }
}
