package org.headback.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * What is at the diary's path, and beside it, before anything opens it. SQLite reads a log ({@code -wal}) or a
 * rollback journal ({@code -journal}) into whatever database file bears the name it sits beside; so a log whose own
 * database is missing, or is an empty file, holds changes to a diary that is no longer there, and a new database must
 * never be made beside it. Such a folder is refused as a damaged diary (the pieces are moved aside together by
 * {@link Recovery}), as is anything that is not a file at the diary's path (a folder, a link to nothing).
 */
final class DiaryPath {
    /** The side files that hold a diary's changes; {@code -shm} only indexes the log and holds none. */
    private static final String[] LOGS = {"-wal", "-journal"};

    private DiaryPath() {
    }

    /** Refuses a path that is not a file, and a log with content left without its database. */
    static void requireUsable(Path file) {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
            throw new UnusableDatabaseException(file, UnusableDatabaseException.Reason.NOT_A_FILE, notAFile(file));
        }
        if (Files.exists(file)) {
            requireLogWithItsDatabase(file);
            return;
        }
        var log = logWithContent(file);
        if (log != null) {
            throw new UnusableDatabaseException(file, UnusableDatabaseException.Reason.DAMAGED, "The diary's "
                    + "database " + file + " is missing, but its log " + log.getFileName() + " of recent changes is "
                    + "still in the folder " + file.getParent() + ": those changes belong to a diary that is not "
                    + "there any more, and a new diary is not started beside them. It was not changed.");
        }
        // An empty log, or an index without a log, holds nothing and is left alone: another program may be making
        // the database at this very moment, and these files may be its own.
    }

    /** A database of zero bytes beside a log with content: the log's diary is gone, and SQLite must not read it. */
    private static void requireLogWithItsDatabase(Path file) {
        var log = logWithContent(file);
        if (log != null && size(file) == 0) {
            throw new UnusableDatabaseException(file, UnusableDatabaseException.Reason.DAMAGED, "The database "
                    + file + " is empty (0 bytes), but its log " + log.getFileName() + " still holds changes: the "
                    + "diary they belong to is not in the file any more. It was not changed.");
        }
    }

    private static String notAFile(Path file) {
        var what = Files.isDirectory(file) ? "a folder" : Files.isSymbolicLink(file) && !Files.exists(file)
                ? "a link to a file that does not exist" : "something that is not a file";
        return "Where HeadBack keeps your diary's database, " + file + ", there is " + what + ", not the diary's "
                + "file. Move or rename it, or let HeadBack move it aside. It was not changed.";
    }

    private static Path logWithContent(Path file) {
        for (var suffix : LOGS) {
            var log = file.resolveSibling(file.getFileName() + suffix);
            if (Files.isRegularFile(log) && size(log) > 0) {
                return log;
            }
        }
        return null;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new StorageException("Cannot read " + file + ": " + FileFailure.describe(file, e) + ".", e);
        }
    }
}
