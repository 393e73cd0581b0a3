package org.headback.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;

/**
 * Puts a backup's pages into the open database with SQLite's online backup API, run from the backup to the live
 * connection. The copy is one write transaction on the live database: it lands whole or not at all, and in
 * write-ahead-log mode it goes through the log like any other write, so the same connection reads the backup's data
 * straight afterwards.
 *
 * <p>The backup stays open from the check to the end of the copy, and is closed last: a backup that is itself in
 * write-ahead-log mode (a plain copy of a HeadBack file) then gets its {@code -wal} and {@code -shm} files tidied
 * away by SQLite, where a read-only connection would leave them behind. Only the checks and the copy read it; the one
 * write it can see is SQLite folding committed pages from a {@code -wal} file copied along with it into it.
 */
final class OnlineRestore implements AutoCloseable {
    private static final int SQLITE_OK = 0;

    private final Path backup;
    private final Connection connection;
    private final int pageSize;

    private OnlineRestore(Path backup, Connection connection, int pageSize) {
        this.backup = backup;
        this.connection = connection;
        this.pageSize = pageSize;
    }

    /** Opens a backup after checking that it is an intact HeadBack database of a schema this version knows. */
    static OnlineRestore open(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new StorageException("The backup " + backup + " does not exist.");
        }
        Connection connection = null;
        try {
            connection = Database.connect(backup, false);
            SchemaCheck.requireHeadBackBackup(connection, backup);
            SchemaCheck.requireKnownVersion(connection, backup, Migrations.latestVersion());
            SchemaCheck.requireIntact(connection, backup);
            return new OnlineRestore(backup, connection, intPragma(connection, "PRAGMA page_size"));
        } catch (SQLException e) {
            Closing.quietly(connection);
            throw new StorageException(SqliteMessages.describe(backup, e), e);
        } catch (RuntimeException e) {
            Closing.quietly(connection);
            throw e;
        }
    }

    /** Checks a backup as {@link #open} does, and closes it again. */
    static void requireRestorable(Path backup) {
        open(backup).close();
    }

    /**
     * Copies the backup over the live database. A database in write-ahead-log mode cannot change its page size, so
     * for a backup with another page size the live database leaves that mode for the copy and returns to it after.
     */
    void copyInto(Connection live, Path liveFile) throws SQLException {
        int schemaCookie = intPragma(live, "PRAGMA schema_version");
        boolean leaveWal = pageSize != intPragma(live, "PRAGMA page_size");
        if (leaveWal) {
            journalMode(live, "DELETE");
        }
        try {
            var database = live.unwrap(SQLiteConnection.class).getDatabase();
            int code = database.restore("main", backup.toAbsolutePath().toString(), null);
            if (code != SQLITE_OK) {
                var error = SQLiteErrorCode.getErrorCode(code);
                throw new SQLException("[" + error.name() + "] " + error.message, null, code);
            }
        } finally {
            if (leaveWal) {
                journalMode(live, "WAL");
            }
        }
        // The driver reports only the backup side's errors. SQLite bumps the live side's schema cookie when, and only
        // when, the copy was committed; so an unchanged cookie means the live database refused it (busy, disk full).
        if (intPragma(live, "PRAGMA schema_version") == schemaCookie) {
            throw new StorageException("The database " + liveFile + " could not take the backup's content: it may "
                    + "be busy in another program, or its disk full. It was not changed.");
        }
    }

    @Override
    public void close() {
        Closing.quietly(connection);
    }

    private static int intPragma(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return SchemaCheck.intPragma(statement, sql);
        }
    }

    private static void journalMode(Connection connection, String mode) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = " + mode);
        }
    }
}
