package org.headback.safekeeping;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.headback.storage.Backups;

/** A backup of the diary that can be restored; {@code date} is the day it was made. */
public record Backup(Path file, LocalDate date, long sizeBytes) {
    public Backup {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(date, "date");
    }

    /** The backup a file of the backups folder holds. */
    public static Backup of(Backups.Backup stored) {
        return new Backup(stored.file(), stored.date(), stored.sizeBytes());
    }

    Backups.Backup stored() {
        return new Backups.Backup(file, date, sizeBytes);
    }

    /** The size in whole kilobytes, rounded up and at least 1, as a person reads it. */
    public long kilobytes() {
        return stored().kilobytes();
    }
}
