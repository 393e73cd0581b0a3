package org.headback.storage;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/** Turns SQLite's error texts into sentences a user can act on. */
final class SqliteMessages {
    private SqliteMessages() {
    }

    /**
     * What went wrong while opening a database: a file that is not SQLite or is damaged cannot be used as it is
     * ({@link UnusableDatabaseException}); anything else (a folder that cannot be written, a busy file) is a plain
     * {@link StorageException}.
     */
    static StorageException failure(Path file, SQLException e) {
        var message = describe(file, e);
        var text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (isNotADatabase(text)) {
            return new UnusableDatabaseException(file, UnusableDatabaseException.Reason.NOT_SQLITE, message, e);
        }
        if (isCorrupt(text)) {
            return new UnusableDatabaseException(file, UnusableDatabaseException.Reason.DAMAGED, message, e);
        }
        return new StorageException(message, e);
    }

    private static boolean isNotADatabase(String text) {
        return text.contains("not a database") || text.contains("sqlite_notadb");
    }

    private static boolean isCorrupt(String text) {
        return text.contains("malformed") || text.contains("sqlite_corrupt");
    }

    static String describe(Path file, SQLException e) {
        var text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (isNotADatabase(text)) {
            return "The file " + file + " is not a HeadBack database (it is not a SQLite file). It was not changed.";
        }
        if (isCorrupt(text)) {
            return "The database " + file + " is damaged (" + e.getMessage() + "). It was not changed.";
        }
        if (text.contains("readonly") || text.contains("read-only")) {
            return "The database " + file + " cannot be written: the file or its folder is read-only.";
        }
        if (text.contains("disk is full") || text.contains("sqlite_full")) {
            return "The disk holding " + file + " is full: nothing was saved.";
        }
        if (text.contains("cantopen") || text.contains("unable to open")) {
            return "The database " + file + " cannot be opened: check that its folder exists and that you may write "
                    + "to it.";
        }
        if (text.contains("locked") || text.contains("busy")) {
            return "The database " + file + " is busy in another program; try again in a moment.";
        }
        return "The database " + file + " could not be used: " + e.getMessage();
    }
}
