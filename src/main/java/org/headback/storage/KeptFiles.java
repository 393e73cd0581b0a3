package org.headback.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The files HeadBack keeps in the data folder, and what each one is, so that a file the user asks to write (an
 * export, a chart, a report) is never written over one of them. Names are compared without regard to case: some file
 * systems do so, and refusing {@code HEADBACK.DB} where the case does matter costs nothing.
 */
public final class KeptFiles {
    /** What every file in the {@value Backups#FOLDER} folder is. */
    public static final String IN_BACKUPS = "is in your diary's backups folder";

    /** The first 16 bytes of every SQLite database: HeadBack's diaries and backups, and other programs' too. */
    static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String DATABASE = "is an SQLite database (a HeadBack diary, a backup of one, or another "
            + "program's data)";
    private static final String SIDE_FILE = "belongs to the SQLite database beside it (SQLite keeps its recent "
            + "changes there)";

    private KeptFiles() {
    }

    /**
     * What an existing file is, by its content, wherever it lies, if it is a database or one of a database's side
     * files: another data folder's diary, a backup copied by hand. Writing over one would lose what it holds.
     */
    public static Optional<String> describeContent(Path file) {
        if (isDatabase(file)) {
            return Optional.of(DATABASE);
        }
        var name = file.getFileName().toString();
        for (var suffix : Recovery.SIDE_FILES) {
            if (name.toLowerCase(Locale.ROOT).endsWith(suffix) && name.length() > suffix.length()
                    && isDatabase(file.resolveSibling(name.substring(0, name.length() - suffix.length())))) {
                return Optional.of(SIDE_FILE);
            }
        }
        return Optional.empty();
    }

    /** Whether the file starts with SQLite's magic; one that cannot be read is not known to be one. */
    static boolean isDatabase(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        if (OpenDiaries.holds(file)) {
            return true;
        }
        var header = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(header, 0, header.length) == header.length && Arrays.equals(header, SQLITE_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** What a file of this name directly in the data folder is, if HeadBack keeps it there. */
    public static Optional<String> describe(String name) {
        var lower = name.toLowerCase(Locale.ROOT);
        var database = Database.FILE_NAME.toLowerCase(Locale.ROOT);
        if (lower.equals(database)) {
            return Optional.of("is your diary's database");
        }
        if (lower.startsWith(database + Recovery.ASIDE_MARK)) {
            return Optional.of("is a copy of your diary that HeadBack kept when it could not read it");
        }
        if (lower.startsWith(database + Database.KEPT_MARK)) {
            return Optional.of("is a copy of your diary that HeadBack kept when its file was replaced");
        }
        if (Recovery.SIDE_FILES.stream().anyMatch(suffix -> lower.equals(database + suffix))) {
            return Optional.of("belongs to your diary's database (SQLite keeps its recent changes there)");
        }
        if (lower.equals(Backups.FOLDER)) {
            return Optional.of("is your diary's backups folder");
        }
        if (lower.equals(InstanceLock.FILE_NAME) || lower.equals(InstanceLock.REMINDER_FILE_NAME)
                || lower.equals(FrontRequests.FILE_NAME)
                || lower.startsWith(FrontRequests.TEMPORARY_PREFIX)) {
            return Optional.of("is a file HeadBack keeps in its data folder");
        }
        return Optional.empty();
    }
}
