package org.headback.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Makes sure a file is HeadBack's before anything writes to it. */
final class SchemaCheck {
    /** Stamped into every HeadBack database: "HdBk". */
    static final int APPLICATION_ID = 0x4864426B;

    private SchemaCheck() {
    }

    /** Refuses a SQLite file that some other application made; a new, empty file passes. */
    static void requireHeadBackFile(Connection connection, Path file) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            int applicationId = intPragma(statement, "PRAGMA application_id");
            int tables = intPragma(statement, "SELECT count(*) FROM sqlite_master");
            if (applicationId != APPLICATION_ID && (applicationId != 0 || tables > 0)) {
                throw new StorageException("The file " + file + " is a database of another application, "
                        + "not a HeadBack diary. It was not changed.");
            }
        }
    }

    /** Refuses a file written by a newer HeadBack, whose schema this version does not know. */
    static void requireKnownVersion(Connection connection, Path file, int latest) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            int version = intPragma(statement, "PRAGMA user_version");
            if (version > latest) {
                throw new StorageException("The database " + file + " was written by a newer version of HeadBack "
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
            var first = problems.isEmpty() ? "no answer" : problems.get(0);
            var more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "";
            throw new StorageException("The database " + file + " is damaged: SQLite's integrity check reports \""
                    + first + "\"" + more + ". It was not changed.");
        }
    }

    static int intPragma(Statement statement, String sql) throws SQLException {
        try (var rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
