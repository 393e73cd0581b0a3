package org.headback.reminder;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.headback.diary.Diary;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.storage.SqliteSettingsStore;

/**
 * What the reminder reads of the data folder: its settings, and whether a day is recorded. Each look opens the diary
 * without writing ({@link Database#openWithoutWriting}), reads in one short query and closes it again, so the
 * reminder holds nothing of the diary while it waits and never stands in the way of the window or a command.
 */
final class DiaryLook {
    private final Path dataDir;
    private final Clock clock;

    DiaryLook(Path dataDir, Clock clock) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The reminder's settings; off while the folder has no diary. */
    ReminderSettings settings() {
        var opened = Database.openWithoutWriting(dataDir);
        if (opened.isEmpty()) {
            return ReminderSettings.DEFAULTS;
        }
        try (var database = opened.get()) {
            return ReminderSettings.fromMap(new SqliteSettingsStore(database).all());
        }
    }

    /** Whether the day is recorded; no day is while the folder has no diary. */
    boolean recorded(LocalDate day) {
        var opened = Database.openWithoutWriting(dataDir);
        if (opened.isEmpty()) {
            return false;
        }
        try (var database = opened.get()) {
            return new Diary(new SqliteDiaryStore(database, clock), clock).isRecorded(day);
        }
    }
}
