package org.headback.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.headback.article.Library;
import org.headback.diary.Diary;
import org.headback.output.Outputs;
import org.headback.reminder.Reminder;
import org.headback.reminder.ReminderSystem;
import org.headback.safekeeping.Backup;
import org.headback.safekeeping.DiaryBackups;
import org.headback.safekeeping.Settings;
import org.headback.safekeeping.UnusableFile;
import org.headback.storage.Backups;
import org.headback.storage.DataDirectory;
import org.headback.storage.Database;
import org.headback.storage.FrontRequests;
import org.headback.storage.InstanceLock;
import org.headback.storage.Recovery;
import org.headback.storage.SqliteArticleStore;
import org.headback.storage.SqliteDiaryStore;
import org.headback.storage.SqliteSettingsStore;
import org.headback.storage.StorageException;
import org.headback.storage.UnusableDatabaseException;
import org.headback.text.Dates;

/**
 * The start-up's way into the data folder: one window per folder, opening its database, or, when its file cannot be
 * used, a restored or new one in its place; then the services the window works on. The only class of {@code ui}
 * that names {@code storage}: everything after the start goes through the services of the features.
 */
final class DataFolderStart implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(DataFolderStart.class.getName());
    private static final Clock CLOCK = Clock.systemDefaultZone();

    /** The database being opened for the next window, started before the toolkit; see {@link #openInAdvance}. */
    private static volatile CompletableFuture<Database> opening;

    private final Path dataDir;
    private final Outputs outputs;
    private Database database;
    private String error;
    private UnusableFile unusable;
    private Optional<Backups.Backup> newestBackup = Optional.empty();
    private Map<String, String> remembered = Map.of();

    /** Something held until it is closed: the data folder for this window, or the watch for second starts. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    private DataFolderStart(Path dataDir) {
        this.dataDir = dataDir;
        this.outputs = Outputs.open(dataDir);
    }

    /** Holds the data folder for this program's window, or empty when another program's window holds it. */
    static Optional<Held> holdForThisWindow(Path dataDir) {
        return InstanceLock.tryAcquire(dataDir).map(lock -> lock::close);
    }

    /** Asks the window that holds the data folder to come to the front. */
    static void askOpenWindowToFront(Path dataDir) throws IOException {
        FrontRequests.send(dataDir);
    }

    /** Starts opening the data folder's database on a background thread, for {@link #open} to pick up. */
    static void openInAdvance(Path dataDir) {
        opening = CompletableFuture.supplyAsync(() -> Database.open(dataDir));
    }

    /**
     * Opens the data folder chosen (or the user's own): its database, or else what is wrong with it, for
     * {@link #error()} and {@link #unusable()} to say.
     */
    static DataFolderStart open(Optional<Path> chosen) {
        var start = new DataFolderStart(DataDirectory.resolve(chosen));
        try {
            start.database = openDatabase(start.dataDir);
            start.remembered = new SqliteSettingsStore(start.database).all();
        } catch (UnusableDatabaseException e) {
            start.unusable = UnusableFile.of(e);
            start.newestBackup = start.lookForBackup();
        } catch (StorageException e) {
            start.error = e.getMessage();
        }
        return start;
    }

    private static Database openDatabase(Path dataDir) {
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

    private Optional<Backups.Backup> lookForBackup() {
        try {
            return new Recovery(dataDir, CLOCK).newestBackup();
        } catch (StorageException e) {
            LOG.log(System.Logger.Level.WARNING, "The backups could not be looked through", e);
            return Optional.empty();
        }
    }

    /** Why the data cannot be opened at all, if so. */
    Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** The diary's file, if it cannot be used (then {@link #recover} offers the ways out). */
    Optional<UnusableFile> unusable() {
        return Optional.ofNullable(unusable);
    }

    /** The newest backup that could replace an unusable file. */
    Optional<Backup> newestBackup() {
        return newestBackup.map(Backup::of);
    }

    /** The settings remembered in the open database; none while there is none. */
    Map<String, String> settings() {
        return remembered;
    }

    /**
     * Replaces the unusable file with the newest backup or with a new diary, keeping the old file aside; says what
     * was done. Runs off the JavaFX thread.
     *
     * @param fromBackup true for the newest backup, false for a new diary
     */
    String recover(boolean fromBackup) {
        var recovery = new Recovery(dataDir, CLOCK);
        var outcome = fromBackup ? recovery.restore(newestBackup.orElseThrow()) : recovery.startNew();
        database = outcome.database();
        unusable = null;
        remembered = new SqliteSettingsStore(database).all();
        var kept = " The file that could not be used is kept as " + outcome.movedTo() + ".";
        return (fromBackup ? "Your diary was restored from the backup of "
                + Dates.ofUser().shown(newestBackup.orElseThrow().date()) + "." : "A new diary was started.") + kept;
    }

    /** What the window works on, over the open database. */
    AppServices services() {
        var articles = new SqliteArticleStore(database);
        var settings = new SqliteSettingsStore(database);
        return new AppServices(Settings.of(settings), () -> Library.open(articles),
                new Diary(new SqliteDiaryStore(database, CLOCK), CLOCK),
                new DiaryBackups(new Backups(database, dataDir, CLOCK)), outputs, database::changedElsewhere,
                new Reminder(settings, dataDir, ReminderSystem.ofThisSystem()));
    }

    /**
     * Calls {@code onRequest} (on a background thread) each time a second start asks this window to the front, and
     * {@code onToday} too when the reminder's notification asks for today's entry.
     */
    Held watchFrontRequests(Runnable onRequest, Runnable onToday) throws IOException {
        return FrontRequests.watchRequests(dataDir, request -> {
            onRequest.run();
            if (request == FrontRequests.Request.TODAY) {
                onToday.run();
            }
        })::close;
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }
}
