package org.headback.diary;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The days a CSV file holds, checked and ready to import, and the columns it had that HeadBack does not use.
 *
 * @param fileName for messages
 * @param lines    the line of the file each day is on (empty for days that came from no file)
 * @param notUsed  what else the file holds that the import leaves out, each in words ("Foods, on 3 check-ins")
 */
public record ImportPlan(String fileName, List<DayEntry> days, List<String> unknownColumns,
                         Map<LocalDate, Long> lines, List<String> notUsed) {
    public ImportPlan {
        days = List.copyOf(days);
        unknownColumns = List.copyOf(unknownColumns);
        lines = Map.copyOf(lines);
        notUsed = List.copyOf(notUsed);
    }

    /** Days of a HeadBack file, which leaves out nothing but the columns it does not know. */
    public ImportPlan(String fileName, List<DayEntry> days, List<String> unknownColumns,
                      Map<LocalDate, Long> lines) {
        this(fileName, days, unknownColumns, lines, List.of());
    }

    /** Days that came from no file, so from no line of one. */
    public ImportPlan(String fileName, List<DayEntry> days, List<String> unknownColumns) {
        this(fileName, days, unknownColumns, Map.of());
    }

    public Optional<LocalDate> first() {
        return days.stream().map(DayEntry::date).min(LocalDate::compareTo);
    }

    public Optional<LocalDate> last() {
        return days.stream().map(DayEntry::date).max(LocalDate::compareTo);
    }

    /** Of these days of the plan, the one the file comes to first (the earliest, for days from no file). */
    public Optional<DayInFile> firstInFile(Collection<LocalDate> dates) {
        return dates.stream().map(date -> new DayInFile(date, Optional.ofNullable(lines.get(date))))
                .min(Comparator.comparing((DayInFile day) -> day.line().orElse(Long.MAX_VALUE))
                        .thenComparing(DayInFile::date));
    }

    /**
     * A day of an import and the line of the file it is on.
     *
     * @param line empty for a day that came from no file
     */
    public record DayInFile(LocalDate date, Optional<Long> line) {
        /** "2026-04-15, line 12", as the other import messages name a place in the file. */
        public String describe() {
            return date + line.map(number -> ", line " + number).orElse("");
        }
    }
}
