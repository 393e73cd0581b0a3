package org.headback.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The user's SQLite file. One connection, used by one caller at a time; every write runs in its own transaction,
 * so what a call returns from has been committed.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "headback.db";

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (or creates) the database in the data folder and brings its schema up to date. */
    public static Database open(Path dataDir) {
        var file = DataDirectory.prepare(dataDir).resolve(FILE_NAME);
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            SchemaCheck.requireHeadBackFile(connection, file);
            SchemaCheck.requireKnownVersion(connection, file, Migrations.latestVersion());
            SchemaCheck.requireIntact(connection, file);
            configure(connection);
            new Migrations(file).apply(connection);
            restrictFiles(file);
            return new Database(file, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StorageException(SqliteMessages.describe(file, e), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static void configure(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 5000");
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = FULL");
            statement.execute("PRAGMA foreign_keys = ON");
        }
    }

    private static void restrictFiles(Path file) {
        try {
            OwnerOnly.restrictFile(file);
            OwnerOnly.restrictFile(file.resolveSibling(file.getFileName() + "-wal"));
            OwnerOnly.restrictFile(file.resolveSibling(file.getFileName() + "-shm"));
        } catch (IOException e) {
            throw new StorageException("Cannot make " + file + " private to its owner: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** Runs a read. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new StorageException(SqliteMessages.describe(file, e), e);
        }
    }

    /** Runs a change in one transaction: all of it is committed when this returns, or none of it if it throws. */
    public synchronized <T> T write(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                var result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException(SqliteMessages.describe(file, e), e);
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
        } catch (SQLException e) {
            throw new StorageException(SqliteMessages.describe(file, e), e);
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Nothing is pending: every write was committed or rolled back when it ran.
        }
    }
}
