package org.headback.storage;

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

    private KeptFiles() {
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
        if (lower.equals(InstanceLock.FILE_NAME) || lower.equals(FrontRequests.FILE_NAME)
                || lower.startsWith(FrontRequests.TEMPORARY_PREFIX)) {
            return Optional.of("is a file HeadBack keeps in its data folder");
        }
        return Optional.empty();
    }
}
