package org.headback.ui.diary;

import java.util.Objects;
import org.headback.safekeeping.Backup;
import org.headback.text.Dates;

/** A backup as a person picks it from a list: the day it was made, written as the window writes days, and its size. */
record BackupChoice(Backup backup) {
    BackupChoice {
        Objects.requireNonNull(backup, "backup");
    }

    /** "Nov 20, 2026 (24 KB)" in the US. */
    @Override
    public String toString() {
        return Dates.ofUser().shown(backup.date()) + " (" + backup.kilobytes() + " KB)";
    }
}
