package org.headback.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens the diary of a data folder that cannot be written, for reading only. SQLite reads a file in write-ahead-log
 * mode through a small index file beside it, which it cannot make in a read-only folder; when there is no log with
 * changes still in it, the file is read as it is on the disk (SQLite's "immutable" reading), which needs no file
 * beside it. A log with changes in it cannot be read without that index, and is said so rather than left unread.
 */
final class ReadOnlyOpening {
    private ReadOnlyOpening() {
    }

    /** Whether the folder or its diary's file cannot be written, so that a command that only reads opens it so. */
    static boolean needed(Path dataDir) {
        var file = dataDir.resolve(Database.FILE_NAME);
        return Files.isDirectory(dataDir) && (!Files.isWritable(dataDir)
                || Files.isRegularFile(file) && !Files.isWritable(file));
    }

    /** A read-only connection to the folder's diary, checked as {@link SchemaCheck#inspect} checks it. */
    static Connection open(Path file, int latest) {
        var folder = file.getParent();
        if (!Files.exists(file)) {
            throw new StorageException("There is no diary in the data folder " + folder + " yet, and HeadBack "
                    + "cannot start one there: " + readOnly(folder));
        }
        var connection = headBackFile(file, latest);
        try {
            if (version(connection) < latest) {
                throw new StorageException("The diary " + file + " was made by an older HeadBack and must be "
                        + "brought up to date before this one can read it, which needs to write in its folder: "
                        + readOnly(folder));
            }
            SchemaCheck.requireIntact(connection, file);
            return connection;
        } catch (SQLException e) {
            close(connection);
            throw SqliteMessages.failure(file, e);
        } catch (RuntimeException e) {
            close(connection);
            throw e;
        }
    }

    /** Why nothing can be saved in the folder, and what to do: for every write a read-only diary refuses. */
    static String readOnly(Path folder) {
        return "the data folder " + folder + " is read-only (or you may not write to it). Make it writable, or "
                + "choose another folder with --data-dir. Nothing was changed.";
    }

    /**
     * A read-only connection: SQLite's usual one, or where it cannot be had (no index beside the file can be made)
     * and the log holds no changes, the file as it is on the disk.
     */
    /**
     * A read-only connection to the file, once it is known to be a HeadBack diary of no newer version than
     * {@code latest}: what every read-only opening checks first.
     */
    static Connection headBackFile(Path file, int latest) {
        DiaryPath.requireUsable(file);
        SchemaCheck.requireNotEmpty(file);
        Connection connection = null;
        try {
            connection = connect(file);
            SchemaCheck.requireHeadBackFile(connection, file);
            SchemaCheck.requireKnownVersion(connection, file, latest);
            return connection;
        } catch (SQLException e) {
            close(connection);
            throw SqliteMessages.failure(file, e);
        } catch (RuntimeException e) {
            close(connection);
            throw e;
        }
    }

    static Connection connect(Path file) throws SQLException {
        try {
            var connection = Database.connect(file, true);
            try {
                probe(connection);
                return connection;
            } catch (SQLException e) {
                close(connection);
                throw e;
            }
        } catch (SQLException e) {
            var log = file.resolveSibling(file.getFileName() + "-wal");
            if (Files.isRegularFile(log) && sizeOf(log) > 0) {
                throw new StorageException("The diary " + file + " has recent changes in its log "
                        + log.getFileName() + " that SQLite can only read where it may write beside the file: "
                        + readOnly(file.getParent()), e);
            }
            var connection = immutable(file);
            probe(connection);
            return connection;
        }
    }

    /**
     * A connection that only looks at a file that nothing writes to (a backup): it leaves no file beside it, also
     * for a file in write-ahead-log mode, unless a log with content is there already, which must be read with it.
     */
    static Connection forLooking(Path file) throws SQLException {
        var log = file.resolveSibling(file.getFileName() + "-wal");
        return Files.isRegularFile(log) && sizeOf(log) > 0 ? Database.connect(file, true) : immutable(file);
    }

    /** Reads the file as it is on the disk, with no lock, no log and no index beside it. */
    private static Connection immutable(Path file) throws SQLException {
        var config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        return DriverManager.getConnection("jdbc:sqlite:file:" + file.toUri().getRawPath() + "?immutable=1",
                config.toProperties());
    }

    private static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return SchemaCheck.intPragma(statement, "PRAGMA user_version");
        }
    }

    private static void probe(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            SchemaCheck.intPragma(statement, "SELECT count(*) FROM sqlite_master");
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 1;
        }
    }

    private static void close(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Only read from.
        }
    }
}
