package org.headback.safekeeping;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.headback.storage.Backups;

/** The diary's daily backups, as the window offers them: making today's, listing them, restoring one. */
public final class DiaryBackups {
    private final Backups backups;

    public DiaryBackups(Backups backups) {
        this.backups = Objects.requireNonNull(backups, "backups");
    }

    /** Makes today's backup if there is none yet: the file made, or empty when none was due. */
    public Optional<Path> backUpIfDue() {
        return backups.backUpIfDue();
    }

    /** The backups there are, newest first. */
    public List<Backup> list() {
        return backups.list().stream().map(Backup::of).toList();
    }

    /** Makes a backup the live diary, after keeping a copy of the current file. */
    public void restore(Backup backup) {
        backups.restore(backup.stored());
    }
}
