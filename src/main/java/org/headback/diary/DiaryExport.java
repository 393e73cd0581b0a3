package org.headback.diary;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.headback.output.Outputs;
import org.headback.work.Progress;

/** Writes days to a CSV file, whole or not at all: a failed export leaves no half-written file behind. */
public final class DiaryExport {
    private DiaryExport() {
    }

    /**
     * The days to export: all, or those from {@code from} to {@code to} (either may be null for open-ended). A range
     * that {@link DateRange#problem} refuses is refused with an {@link IllegalArgumentException} in its words.
     */
    public static List<DayEntry> days(Diary diary, LocalDate from, LocalDate to) {
        rangeProblem(from, to, DateRange.Ends.OPTIONS).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (from == null && to == null) {
            return diary.all();
        }
        return diary.between(from == null ? LocalDate.of(1, 1, 1) : from, to == null ? LocalDate.of(9999, 12, 31)
                : to);
    }

    /**
     * What is wrong with the days chosen for an export, in the words of {@code ends}: {@link DateRange#problem}, with
     * either end open and no last day set, so that an export reaches every recorded day (one that starts after the
     * last of them says so once it has looked). Empty when they can be exported.
     */
    public static Optional<String> rangeProblem(LocalDate from, LocalDate to, DateRange.Ends ends) {
        return DateRange.problem(from, to, LocalDate.MAX, LocalDate.MAX, ends);
    }

    /**
     * Writes the days from {@code from} to {@code to} (see {@link #days}) to {@code file} and returns how many. A
     * file that may not be written, a reversed range and a range without a recorded day are refused before the file
     * is touched, so an earlier file of that name stays as it was; so does a cancel, asked of {@code progress}
     * before each day.
     */
    public static int toFile(Outputs outputs, Diary diary, LocalDate from, LocalDate to, Path file,
                             Progress progress) throws IOException {
        outputs.check(file);
        var days = days(diary, from, to);
        if (days.isEmpty()) {
            throw new IllegalArgumentException(noDays(diary, from, to) + "; nothing was written.");
        }
        return outputs.write(file, out -> {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            DiaryCsv.write(days, writer, progress);
            writer.flush();
            return days.size();
        });
    }

    private static String noDays(Diary diary, LocalDate from, LocalDate to) {
        if (diary.count() == 0) {
            return "The diary has no recorded days yet";
        }
        if (from == null) {
            return "No days are recorded up to " + to;
        }
        return "No days are recorded from " + from + (to == null ? " on" : " to " + to);
    }
}
