package org.headback.storage;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.sqlite.SQLiteException;

/**
 * Turns SQLite's errors into sentences a user can act on, each naming the file or folder concerned. They are told
 * apart by SQLite's result code (its family, and for input/output errors the exact kind), with the error's text as
 * a fallback for errors that come without one.
 */
final class SqliteMessages {
    private static final int PERM = 3;
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int NOMEM = 7;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int TOOBIG = 18;
    private static final int AUTH = 23;
    private static final int NOTADB = 26;
    /** The shared-memory file beside a database in WAL mode could not be made, or grown: SQLITE_IOERR_SHM…. */
    private static final int IOERR_SHMOPEN = IOERR | (18 << 8);
    private static final int IOERR_SHMSIZE = IOERR | (19 << 8);
    private static final int IOERR_SHMMAP = IOERR | (21 << 8);

    private SqliteMessages() {
    }

    /**
     * What went wrong while opening a database: a file that is not SQLite or is damaged cannot be used as it is
     * ({@link UnusableDatabaseException}); anything else (a folder that cannot be written, a busy file) is a plain
     * {@link StorageException}.
     */
    static StorageException failure(Path file, SQLException e) {
        var message = describe(file, e);
        return switch (family(e)) {
            case NOTADB -> new UnusableDatabaseException(file, UnusableDatabaseException.Reason.NOT_SQLITE, message, e);
            case CORRUPT -> new UnusableDatabaseException(file, UnusableDatabaseException.Reason.DAMAGED, message, e);
            default -> new StorageException(message, e);
        };
    }

    /** Whether another program (or connection) holds the lock this needed. */
    static boolean isBusy(SQLException e) {
        int family = family(e);
        return family == BUSY || family == LOCKED;
    }

    static String describe(Path file, SQLException e) {
        var folder = file.toAbsolutePath().getParent();
        return switch (family(e)) {
            case NOTADB -> "The file " + file + " is not a HeadBack database (it is not a SQLite file). "
                    + "It was not changed.";
            case CORRUPT -> "The database " + file + " is damaged: part of it cannot be read. It was not changed.";
            case READONLY -> "The database " + file + " cannot be written: the file or its folder is read-only.";
            case FULL -> "The disk holding " + file + " is full: nothing was saved.";
            case IOERR -> inputOutput(file, folder, code(e));
            case CANTOPEN -> "The database " + file + " cannot be opened: check that its folder " + folder
                    + " exists and that you may write to it.";
            case BUSY, LOCKED -> "The database " + file + " is busy in another program; try again in a moment.";
            case PERM, AUTH -> "HeadBack is not allowed to use the database " + file + " (permission denied).";
            case NOMEM -> "There is not enough memory to use the database " + file + "; close other programs and "
                    + "try again. Nothing was changed.";
            case TOOBIG -> "A value is too large to be saved in the database " + file + ". Nothing was changed.";
            default -> "The database " + file + " could not be used (SQLite's error " + code(e) + "). Nothing was "
                    + "changed.";
        };
    }

    private static String inputOutput(Path file, Path folder, int code) {
        if (code == IOERR_SHMSIZE || code == IOERR_SHMMAP) {
            return "The disk holding the data folder " + folder + " is full: there is no room for the small file "
                    + file.getFileName() + "-shm that SQLite needs beside the diary, even to read it. Free some space "
                    + "and try again. Nothing was changed.";
        }
        if (code == IOERR_SHMOPEN) {
            return "The small file " + file.getFileName() + "-shm that SQLite needs beside the diary cannot be made "
                    + "in the data folder " + folder + ": the folder may be read-only or its disk full. "
                    + "Nothing was changed.";
        }
        return "The disk could not read or write the database " + file + " (an input/output error): it may be full, "
                + "failing or no longer connected. Nothing was changed.";
    }

    /** SQLite's primary result code: the family of the error. */
    private static int family(SQLException e) {
        int code = code(e);
        return code != 0 ? code & 0xFF : familyFromText(e);
    }

    private static int code(SQLException e) {
        if (e instanceof SQLiteException sqlite && sqlite.getResultCode() != null) {
            return sqlite.getResultCode().code;
        }
        return e.getErrorCode();
    }

    /** For errors without a code, as SQLite words them. */
    private static int familyFromText(SQLException e) {
        var text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("not a database")) {
            return NOTADB;
        }
        if (text.contains("malformed")) {
            return CORRUPT;
        }
        if (text.contains("readonly") || text.contains("read-only")) {
            return READONLY;
        }
        if (text.contains("disk is full")) {
            return FULL;
        }
        if (text.contains("unable to open")) {
            return CANTOPEN;
        }
        return text.contains("locked") || text.contains("busy") ? BUSY : 0;
    }
}
