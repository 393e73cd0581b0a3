package org.headback.diary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import org.headback.storage.DiaryStore;

/** Writes days to a CSV file, whole or not at all: a failed export leaves no half-written file behind. */
public final class DiaryExport {
    private DiaryExport() {
    }

    /** The days to export: all, or those from {@code from} to {@code to} (either may be null for open-ended). */
    public static List<DayEntry> days(Diary diary, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return diary.all();
        }
        return diary.between(from == null ? LocalDate.of(1, 1, 1) : from, to == null ? LocalDate.of(9999, 12, 31)
                : to);
    }

    /** Writes to a temporary file beside the target, then moves it into place. */
    public static void toFile(List<DayEntry> days, Path file, DiaryStore.Progress progress) throws IOException {
        var target = file.toAbsolutePath();
        var temporary = Files.createTempFile(target.getParent(), ".headback-export-", ".csv");
        try {
            try (var out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                DiaryCsv.write(days, out, progress);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
