package org.headback.safekeeping;

import java.nio.file.Path;
import java.util.Objects;
import org.headback.storage.UnusableDatabaseException;

/**
 * The diary's file, found unusable at start-up, as the user is told about it.
 *
 * @param problem      what is wrong with it, in words
 * @param newerVersion whether a newer HeadBack wrote it
 * @param file         the file
 */
public record UnusableFile(String problem, boolean newerVersion, Path file) {
    public UnusableFile {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(file, "file");
    }

    public static UnusableFile of(UnusableDatabaseException e) {
        return new UnusableFile(e.getMessage(), e.reason() == UnusableDatabaseException.Reason.NEWER_VERSION,
                e.file());
    }
}
