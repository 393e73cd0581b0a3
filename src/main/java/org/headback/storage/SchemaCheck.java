package org.headback.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Makes sure a file is HeadBack's before anything writes to it. */
final class SchemaCheck {
    /** Stamped into every HeadBack database: "HdBk". */
    static final int APPLICATION_ID = 0x4864426B;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = 100;
    private static final int USER_VERSION_OFFSET = 60;
    private static final int APPLICATION_ID_OFFSET = 68;

    private SchemaCheck() {
    }

    /**
     * Looks at an existing file through a read-only connection before anything opens it for writing: it must be a
     * HeadBack database (or empty), of a schema this version knows, and intact. A read-only connection never folds
     * a write-ahead log into the file and never tidies it away, so a refused file and its side files stay exactly as
     * they were. A file that does not exist yet passes; an empty one is refused (HeadBack never leaves one). An older
     * HeadBack's file with a journal to roll back is the one exception ({@link #rollsBackFirst}).
     */
    static void inspect(Path file, int latest) {
        if (!Files.exists(file)) {
            return;
        }
        requireNotEmpty(file);
        try (var connection = Database.connect(file, !rollsBackFirst(file, latest))) {
            requireHeadBackFile(connection, file);
            requireKnownVersion(connection, file, latest);
            requireIntact(connection, file);
        } catch (SQLException e) {
            throw SqliteMessages.failure(file, e);
        }
    }

    /**
     * Refuses a file of zero bytes: HeadBack only ever puts a whole database in place ({@link NewDatabase}), so an
     * empty file where the diary should be is what is left of a diary (a sync cut short, a full disk, a copy that
     * failed), not a new one; with a log beside it, {@link DiaryPath} has refused it already.
     */
    static void requireNotEmpty(Path file) {
        try {
            if (Files.size(file) == 0) {
                throw new UnusableDatabaseException(file, UnusableDatabaseException.Reason.EMPTY,
                        "The database " + file + " is empty (0 bytes): the diary it held is not in it any more. "
                        + "It was not changed.");
            }
        } catch (IOException e) {
            throw new StorageException("Cannot read " + file + ": " + FileFailure.describe(file, e) + ".", e);
        }
    }

    /**
     * Whether the file is an older HeadBack's in rollback-journal mode with a journal left by a program that was
     * killed while it wrote (a "hot" journal): SQLite must roll that journal back into the file before anyone reads
     * it, which a read-only connection cannot do. Such a file, known as HeadBack's of a known schema by its header
     * alone, is inspected through a connection that can write, and the rollback is the only change made.
     */
    private static boolean rollsBackFirst(Path file, int latest) {
        var journal = file.resolveSibling(file.getFileName() + "-journal");
        try {
            if (!Files.isRegularFile(journal) || Files.size(journal) == 0) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        return headBackVersion(file).filter(version -> version <= latest).isPresent();
    }

    /** The schema version in the header of a file whose header says it is HeadBack's; empty for any other file. */
    static Optional<Integer> headBackVersion(Path file) {
        if (OpenDiaries.holds(file)) {
            // Open here already, its journal rolled back by then; and it is never opened behind SQLite's back.
            return Optional.empty();
        }
        var header = new byte[HEADER_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, HEADER_BYTES) < HEADER_BYTES) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        var bytes = ByteBuffer.wrap(header);
        boolean ours = Arrays.equals(header, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length)
                && bytes.getInt(APPLICATION_ID_OFFSET) == APPLICATION_ID;
        return ours ? Optional.of(bytes.getInt(USER_VERSION_OFFSET)) : Optional.empty();
    }

    /** Refuses a SQLite file that some other application made; a new, empty file passes. */
    static void requireHeadBackFile(Connection connection, Path file) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            int applicationId = intPragma(statement, "PRAGMA application_id");
            int tables = intPragma(statement, "SELECT count(*) FROM sqlite_master");
            if (applicationId != APPLICATION_ID && (applicationId != 0 || tables > 0)) {
                throw new UnusableDatabaseException(file, UnusableDatabaseException.Reason.OTHER_APPLICATION,
                        "The file " + file + " is a database of another application, "
                        + "not a HeadBack diary. It was not changed.");
            }
        }
    }

    /** Refuses a file written by a newer HeadBack, whose schema this version does not know. */
    static void requireKnownVersion(Connection connection, Path file, int latest) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            int version = intPragma(statement, "PRAGMA user_version");
            if (version > latest) {
                throw new UnusableDatabaseException(file, UnusableDatabaseException.Reason.NEWER_VERSION,
                        "The database " + file + " was written by a newer version of HeadBack "
                        + "(schema " + version + "; this version knows up to " + latest + "). It was not changed.");
            }
        }
    }

    /** Refuses a file that is not a HeadBack database with content: empty files and other applications' files. */
    static void requireHeadBackBackup(Connection connection, Path file) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (intPragma(statement, "PRAGMA application_id") != APPLICATION_ID) {
                throw new StorageException("The file " + file + " is not a backup of a HeadBack diary. "
                        + "It was not changed.");
            }
        }
    }

    /** Refuses a damaged file: SQLite's integrity check must answer exactly {@code ok}. It only reads. */
    static void requireIntact(Connection connection, Path file) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("PRAGMA integrity_check")) {
            while (rows.next()) {
                problems.add(rows.getString(1));
            }
        }
        if (!problems.equals(List.of("ok"))) {
            throw new UnusableDatabaseException(file, UnusableDatabaseException.Reason.DAMAGED,
                    "The database " + file + " is damaged: SQLite's check of the file finds parts of it that do "
                    + "not fit together. It was not changed.");
        }
    }

    static int intPragma(Statement statement, String sql) throws SQLException {
        try (var rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
