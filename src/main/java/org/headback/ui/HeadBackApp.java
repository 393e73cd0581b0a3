package org.headback.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.headback.article.Library;
import org.headback.diary.Diary;
import org.headback.storage.Backups;
import org.headback.storage.DataDirectory;
import org.headback.storage.FrontRequests;
import org.headback.storage.Database;
import org.headback.storage.SqliteArticleStore;
import org.headback.storage.SqliteDiaryStore;
import org.headback.storage.SqliteSettingsStore;
import org.headback.storage.StorageException;

/**
 * The JavaFX application. The database is opened in {@link #init()}, on the launcher thread, so the window can
 * be placed where it was before it is first shown; everything else loads after the window is up.
 */
public final class HeadBackApp extends Application {
    private static final System.Logger LOG = System.getLogger(HeadBackApp.class.getName());
    static final String DATA_DIR_PARAMETER = "data-dir";

    /** The database being opened for the next window, started before the toolkit; see {@link #openInAdvance}. */
    private static volatile CompletableFuture<Database> opening;

    private Database database;
    private Path dataDir;
    private UiSettings settings = UiSettings.defaults();
    private String startupError;
    private FxTaskRunner runner;
    private FrontRequests frontRequests;

    /** Starts opening the data folder's database on a background thread, for {@link #init()} to pick up. */
    static void openInAdvance(Path dataDir) {
        opening = CompletableFuture.supplyAsync(() -> Database.open(dataDir));
    }

    private static Database open(Path dataDir) {
        var advance = opening;
        opening = null;
        if (advance == null) {
            return Database.open(dataDir);
        }
        try {
            return advance.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StorageException storage) {
                throw storage;
            }
            throw e;
        }
    }

    @Override
    public void init() {
        var chosen = Optional.ofNullable(getParameters().getNamed().get(DATA_DIR_PARAMETER)).map(Path::of);
        dataDir = DataDirectory.resolve(chosen);
        try {
            database = open(dataDir);
            settings = UiSettings.fromMap(new SqliteSettingsStore(database).all());
        } catch (StorageException e) {
            startupError = e.getMessage();
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupError != null) {
            showStartupError();
            return;
        }
        runner = new FxTaskRunner();
        var clock = Clock.systemDefaultZone();
        var articles = new SqliteArticleStore(database);
        var services = new AppServices(new SqliteSettingsStore(database), () -> Library.open(articles),
                new Diary(new SqliteDiaryStore(database, clock), clock), new Backups(database, dataDir, clock),
                database::changedElsewhere);
        AppWindow.show(stage, settings, services, runner);
        listenForSecondStarts(stage);
    }

    /** A second start on the same data folder asks this window to come to the front. */
    private void listenForSecondStarts(Stage stage) {
        try {
            frontRequests = FrontRequests.watch(dataDir, () -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
                stage.requestFocus();
            }));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Second starts cannot bring this window to the front", e);
        }
    }

    private void showStartupError() {
        var alert = new Alert(Alert.AlertType.ERROR, startupError);
        alert.setTitle("HeadBack");
        alert.setHeaderText("HeadBack cannot open your data");
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (frontRequests != null) {
            frontRequests.close();
        }
        if (runner != null) {
            runner.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
