package org.headback.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import org.sqlite.core.NativeDB;

/**
 * The user's SQLite file. One connection, used by one caller at a time; every write runs in its own transaction,
 * so what a call returns from has been committed.
 *
 * <p>Another program (the command line beside the window) may use the same file at the same time: every connection
 * waits up to {@value #BUSY_TIMEOUT_MS} ms for the other's write to finish rather than failing at once, and every
 * write transaction takes the write lock when it begins, so it never has to give up half-way for a write that
 * came in between.
 *
 * <p>The file is the one that was at its path when it was opened: before every write is committed, and whenever
 * {@link #changedElsewhere()} is asked, the file now at the path is checked to be that same file. If another file was
 * moved or copied onto the path (or the file moved away), nothing more is written: the change is undone, what this
 * connection holds of the diary is kept beside it ({@value #KEPT_MARK}…), and the connection is closed so that its
 * write-ahead log, which belongs to the file that was replaced, is folded into that file and never into the new one.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "headback.db";
    static final int BUSY_TIMEOUT_MS = 5000;
    private static final int WAL_RETRY_MS = 10;
    private static final int SQLITE_BUSY = 5;

    /** What a diary replaced under an open connection is kept as: {@code headback.db.before-replacement-<time>}. */
    public static final String KEPT_MARK = ".before-replacement-";

    private final Path file;
    private final Connection connection;
    private final FileIdentity identity;
    private final FileIdentity logIdentity;
    private long seenDataVersion;
    /** Why nothing more is written, once the file at the path turned out to be another one. */
    private String stopped;
    /** Why nothing is ever written, for a diary opened for reading only; null when it may be written. */
    private final String readOnly;
    private final OpenDiaries.Hold hold;

    private Database(Path file, Connection connection, FileIdentity identity) throws SQLException {
        this(file, connection, identity, null);
    }

    private Database(Path file, Connection connection, FileIdentity identity, String readOnly) throws SQLException {
        this.file = file;
        this.readOnly = readOnly;
        this.connection = connection;
        this.identity = identity;
        this.logIdentity = FileIdentity.of(log(file));
        this.seenDataVersion = dataVersion();
        this.hold = OpenDiaries.hold(file);
    }

    /**
     * Opens (or creates) the database in the data folder and brings its schema up to date. A file that cannot be
     * used (not SQLite, another application's, a newer HeadBack's, damaged) is refused with an
     * {@link UnusableDatabaseException} before anything is written to it.
     */
    public static Database open(Path dataDir) {
        if (ReadOnlyOpening.needed(dataDir)) {
            throw new StorageException("HeadBack cannot save your diary " + dataDir.resolve(FILE_NAME) + ": "
                    + ReadOnlyOpening.readOnly(dataDir));
        }
        var file = DataDirectory.prepare(dataDir).resolve(FILE_NAME);
        DiaryPath.requireUsable(file);
        NewDatabase.createIfMissing(file);
        SchemaCheck.inspect(file, Migrations.latestVersion());
        Connection connection = null;
        try {
            var identity = FileIdentity.of(file);
            connection = connect(file, false);
            // Checked again on this connection, in case another program replaced the file in between, and once more
            // by the migrations, under the write lock.
            SchemaCheck.requireHeadBackFile(connection, file);
            SchemaCheck.requireKnownVersion(connection, file, Migrations.latestVersion());
            configure(connection);
            new Migrations(file).apply(connection);
            restrictFiles(file);
            if (!identity.sameAs(FileIdentity.of(file))) {
                throw new StorageException("The database " + file + " was replaced by another file while it was "
                        + "being opened. Nothing was changed; try again.");
            }
            return new Database(file, connection, identity);
        } catch (SQLException e) {
            Closing.quietly(connection);
            throw SqliteMessages.failure(file, e);
        } catch (RuntimeException e) {
            Closing.quietly(connection);
            throw e;
        }
    }

    /**
     * Opens the diary for a command that only reads it. Where the data folder, or the diary's file, cannot be
     * written, the file is opened read-only ({@link ReadOnlyOpening}) and every write is refused, naming the folder;
     * anywhere else this is {@link #open}.
     */
    public static Database openForReading(Path dataDir) {
        if (!ReadOnlyOpening.needed(dataDir)) {
            return open(dataDir);
        }
        var file = dataDir.resolve(FILE_NAME);
        var identity = FileIdentity.of(file);
        var connection = ReadOnlyOpening.open(file, Migrations.latestVersion());
        try {
            return new Database(file, connection, identity, "HeadBack cannot save: "
                    + ReadOnlyOpening.readOnly(dataDir));
        } catch (SQLException e) {
            Closing.quietly(connection);
            throw SqliteMessages.failure(file, e);
        }
    }

    /**
     * Opens the diary for a program that must never write it, whatever the folder allows (the background reminder):
     * read-only, never made, brought up to date, backed up or checked through, so that it costs the window nothing;
     * each read is a short transaction of its own, and nothing is locked between reads. Empty while the folder has
     * no diary yet. A file that is not a HeadBack diary, or a newer HeadBack's, is refused as {@link #open} refuses
     * it.
     */
    public static Optional<Database> openWithoutWriting(Path dataDir) {
        var file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        var identity = FileIdentity.of(file);
        var connection = ReadOnlyOpening.headBackFile(file, Migrations.latestVersion());
        try {
            return Optional.of(new Database(file, connection, identity, "HeadBack's reminder only reads the diary "
                    + file + "; it never changes it."));
        } catch (SQLException e) {
            Closing.quietly(connection);
            throw SqliteMessages.failure(file, e);
        }
    }

    /**
     * A connection to a SQLite file, as every connection of HeadBack's is made: it waits for a busy database, and
     * its write transactions take the write lock when they begin ({@code BEGIN IMMEDIATE}). It never creates the
     * file: a file that is not there (moved aside by another program a moment ago, say) is an error, not a new
     * empty database; new databases are made by {@link NewDatabase} only.
     */
    static Connection connect(Path file, boolean readOnly) throws SQLException {
        var config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setReadOnly(readOnly);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        } catch (LinkageError e) {
            throw new StorageException(noNativeLibrary(), e);
        } catch (SQLException e) {
            if (!nativeLibraryLoads()) {
                throw new StorageException(noNativeLibrary(), e);
            }
            throw e;
        }
    }

    private static boolean nativeLibraryLoads() {
        try {
            return NativeDB.load();
        } catch (Exception | LinkageError e) {
            return false;
        }
    }

    /**
     * SQLite's driver puts its native library in the temporary folder when the program starts, and cannot load it if
     * that file could not be written (a full disk, a limit on file sizes set for the session).
     */
    static String noNativeLibrary() {
        var folder = System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir"));
        return "HeadBack cannot start: it cannot write its working files in " + folder + " (the disk may be full, "
                + "or a limit on file sizes is set for this session). Nothing was changed.";
    }

    static void configure(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            useWriteAheadLog(statement);
            statement.execute("PRAGMA synchronous = FULL");
            statement.execute("PRAGMA foreign_keys = ON");
        }
    }

    /**
     * Switches the file to write-ahead-log mode (a no-op when it is in it already, as HeadBack's files are). The
     * switch needs the file to itself for a moment, and SQLite does not wait for that as it waits for a write: while
     * another program reads it, the switch is tried again, for as long as a write would wait.
     */
    private static void useWriteAheadLog(Statement statement) throws SQLException {
        long deadline = System.nanoTime() + BUSY_TIMEOUT_MS * 1_000_000L;
        while (true) {
            SQLException busy = null;
            try (var rows = statement.executeQuery("PRAGMA journal_mode = WAL")) {
                if (rows.next() && "wal".equalsIgnoreCase(rows.getString(1))) {
                    return;
                }
            } catch (SQLException e) {
                if (!SqliteMessages.isBusy(e)) {
                    throw e;
                }
                busy = e;
            }
            if (System.nanoTime() > deadline) {
                throw busy != null ? busy : new SQLException("[SQLITE_BUSY] cannot switch to write-ahead logging",
                        null, SQLITE_BUSY);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(WAL_RETRY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while waiting for another program.", e);
        }
    }

    private static void restrictFiles(Path file) {
        try {
            OwnerOnly.restrictFile(file);
            OwnerOnly.restrictFile(log(file));
            OwnerOnly.restrictFile(file.resolveSibling(file.getFileName() + "-shm"));
        } catch (IOException e) {
            throw new StorageException("Cannot make " + file + " private to its owner: "
                    + FileFailure.describe(file, e) + ".", e);
        }
    }

    static Path log(Path file) {
        return file.resolveSibling(file.getFileName() + "-wal");
    }

    /**
     * Throws, and stops all writing, if the file at the path is no longer the one this connection has open. A
     * change not yet committed is to be undone by the caller.
     */
    private void requireSameFile() {
        if (stopped == null && !identity.sameAs(FileIdentity.of(file))) {
            stopped = ReplacedFile.stopWriting(connection, file, logIdentity);
        }
        if (stopped != null) {
            throw new StorageException(stopped);
        }
    }


    public Path file() {
        return file;
    }

    /**
     * Whether another connection (another program, such as the command line) has committed a change since this
     * was last asked, or since the database was opened. Cheap: SQLite keeps the count in memory.
     */
    public synchronized boolean changedElsewhere() {
        requireSameFile();
        try {
            long now = dataVersion();
            boolean changed = now != seenDataVersion;
            seenDataVersion = now;
            return changed;
        } catch (SQLException e) {
            throw new StorageException(SqliteMessages.describe(file, e), e);
        }
    }

    private long dataVersion() throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("PRAGMA data_version")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** Runs a read. */
    public synchronized <T> T read(SqlWork<T> work) {
        if (stopped != null) {
            throw new StorageException(stopped);
        }
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new StorageException(SqliteMessages.describe(file, e), e);
        }
    }

    /**
     * Runs a change in one transaction: all of it is committed when this returns, or none of it if it throws. The
     * error reported is the one that stopped the change (a full disk, a read-only file), never one from undoing it.
     */
    public synchronized <T> T write(SqlWork<T> work) {
        if (readOnly != null) {
            throw new StorageException(readOnly);
        }
        requireSameFile();
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StorageException(SqliteMessages.describe(file, e), e);
        }
        try {
            var result = work.apply(connection);
            if (stopped == null && !identity.sameAs(FileIdentity.of(file))) {
                rollBack(connection, new SQLException("replaced"));
                requireSameFile();
            }
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollBack(connection, e);
            throw new StorageException(SqliteMessages.describe(file, e), e);
        } catch (RuntimeException e) {
            rollBack(connection, e);
            throw e;
        } finally {
            endTransaction(connection);
        }
    }

    /**
     * Undoes what is left of a failed transaction. After some errors (a full disk, an I/O error) SQLite has already
     * rolled the whole transaction back itself, and a rollback of its own then fails: that is kept beside the error
     * that stopped the change, which is the one to report.
     */
    static void rollBack(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Returns the connection to autocommit. The driver switches its own state first and then asks SQLite to commit,
     * which fails when SQLite already rolled back; the connection is in autocommit either way.
     */
    static void endTransaction(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // "No transaction is active": SQLite ended it already, and the connection is back in autocommit.
        }
    }

    /**
     * Writes a consistent copy of the whole database to {@code target}, which must not exist yet. The copy is a
     * plain SQLite file (no write-ahead log beside it), as compact as SQLite can make it.
     */
    synchronized void backupTo(Path target) {
        try (var statement = connection.prepareStatement("VACUUM INTO ?")) {
            statement.setString(1, target.toString());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException(SqliteMessages.describe(target, e), e);
        }
    }

    /**
     * Replaces the whole content of this database with a backup's, in one transaction, and brings its schema up to
     * date. A file that is not a sound HeadBack database of a known version is refused and nothing changes.
     */
    synchronized void restoreFrom(Path backup) {
        try (var source = OnlineRestore.open(backup)) {
            source.copyInto(connection, file);
            new Migrations(file).apply(connection);
            BackupStamp.remove(connection);
        } catch (SQLException e) {
            throw new StorageException(SqliteMessages.describe(file, e), e);
        }
    }

    @Override
    public synchronized void close() {
        hold.release();
        Closing.quietly(connection);
    }
}
