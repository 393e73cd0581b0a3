package org.headback.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.headback.article.Library;
import org.headback.diary.Diary;
import org.headback.output.Outputs;
import org.headback.storage.Backups;
import org.headback.storage.DataDirectory;
import org.headback.storage.Database;
import org.headback.storage.FrontRequests;
import org.headback.storage.Recovery;
import org.headback.storage.SqliteArticleStore;
import org.headback.storage.SqliteDiaryStore;
import org.headback.storage.SqliteSettingsStore;
import org.headback.storage.StorageException;
import org.headback.storage.UnusableDatabaseException;
import org.headback.text.Dates;

/**
 * The JavaFX application. The database is opened in {@link #init()}, on the launcher thread, so the window can
 * be placed where it was before it is first shown; everything else loads after the window is up.
 */
public final class HeadBackApplication extends Application {
    private static final System.Logger LOG = System.getLogger(HeadBackApplication.class.getName());
    static final String DATA_DIR_PARAMETER = "data-dir";
    private static final Clock CLOCK = Clock.systemDefaultZone();

    /** The database being opened for the next window, started before the toolkit; see {@link #openInAdvance}. */
    private static volatile CompletableFuture<Database> opening;

    private Database database;
    private Path dataDir;
    private Outputs outputs;
    private UiSettings settings = UiSettings.defaults();
    private String startupError;
    private UnusableDatabaseException unusable;
    private Optional<Backups.Backup> newestBackup = Optional.empty();
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
        outputs = Outputs.open(dataDir);
        try {
            database = open(dataDir);
            settings = UiSettings.fromMap(new SqliteSettingsStore(database).all());
        } catch (UnusableDatabaseException e) {
            unusable = e;
            newestBackup = lookForBackup();
        } catch (StorageException e) {
            startupError = e.getMessage();
        }
    }

    private Optional<Backups.Backup> lookForBackup() {
        try {
            return new Recovery(dataDir, CLOCK).newestBackup();
        } catch (StorageException e) {
            LOG.log(System.Logger.Level.WARNING, "The backups could not be looked through", e);
            return Optional.empty();
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupError != null) {
            showStartupError();
            return;
        }
        runner = new FxTaskRunner();
        if (unusable != null) {
            recover(stage);
            return;
        }
        openWindow(stage, "");
    }

    private void openWindow(Stage stage, String message) {
        var articles = new SqliteArticleStore(database);
        var services = new AppServices(new SqliteSettingsStore(database), () -> Library.open(articles),
                new Diary(new SqliteDiaryStore(database, CLOCK), CLOCK), new Backups(database, dataDir, CLOCK),
                outputs, database::changedElsewhere);
        var window = WindowAssembly.show(stage, settings, services, runner);
        if (!message.isEmpty()) {
            window.messages().diary().tell(message);
        }
        listenForSecondStarts(stage);
    }

    /** The diary's file cannot be used: asks what to do, does it off the JavaFX thread, then opens the window. */
    private void recover(Stage stage) {
        var recovery = new Recovery(dataDir, CLOCK);
        Application.setUserAgentStylesheet(settings.theme().userAgentStylesheet());
        // No window is open between the dialog and the main window: the toolkit must not take that for the end.
        Platform.setImplicitExit(false);
        var choice = RecoveryDialog.of(unusable, newestBackup).ask();
        Callable<Recovery.Outcome> work = switch (choice) {
            case RESTORE_BACKUP -> () -> recovery.restore(newestBackup.orElseThrow());
            case START_NEW -> recovery::startNew;
            case QUIT -> null;
        };
        if (work == null) {
            Platform.exit();
            return;
        }
        runner.run("Opening your diary…", () -> {
            var outcome = work.call();
            return new Recovered(outcome, UiSettings.fromMap(new SqliteSettingsStore(outcome.database()).all()));
        }, recovered -> {
            database = recovered.outcome().database();
            settings = recovered.settings();
            var kept = " The file that could not be used is kept as " + recovered.outcome().movedTo() + ".";
            openWindow(stage, (choice == RecoveryDialog.Choice.RESTORE_BACKUP
                    ? "Your diary was restored from the backup of "
                    + Dates.ofUser().shown(newestBackup.orElseThrow().date()) + "."
                    : "A new diary was started.") + kept);
            Platform.setImplicitExit(true);
        }, error -> {
            startupError = error.getMessage();
            showStartupError();
        });
    }

    private record Recovered(Recovery.Outcome outcome, UiSettings settings) {
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
        Application.setUserAgentStylesheet(settings.theme().userAgentStylesheet());
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
