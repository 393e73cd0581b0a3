package org.headback.ui;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.headback.article.Library;
import org.headback.diary.Diary;
import org.headback.output.Outputs;
import org.headback.reminder.Reminder;
import org.headback.safekeeping.DiaryBackups;
import org.headback.safekeeping.Settings;

/**
 * What the window works on, made by the application from the user's data folder (or by a test from a temporary
 * one).
 *
 * @param library          opens the article library; called off the JavaFX thread, again after a restore
 * @param outputs          writes the files the user chooses (exports, charts, reports)
 * @param changedElsewhere whether another program changed the data since it was last asked; called off the JavaFX
 *                         thread
 * @param reminder         the evening reminder: turned on and off from the window; called off the JavaFX thread
 */
public record AppServices(Settings settings, Callable<Library> library, Diary diary, DiaryBackups backups,
                          Outputs outputs, BooleanSupplier changedElsewhere, Reminder reminder) {
    public AppServices {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(diary, "diary");
        Objects.requireNonNull(backups, "backups");
        Objects.requireNonNull(outputs, "outputs");
        Objects.requireNonNull(changedElsewhere, "changedElsewhere");
        Objects.requireNonNull(reminder, "reminder");
    }
}
