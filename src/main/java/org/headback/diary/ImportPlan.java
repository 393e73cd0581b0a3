package org.headback.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The days a CSV file holds, checked and ready to import, and the columns it had that HeadBack does not use.
 *
 * @param fileName for messages
 */
public record ImportPlan(String fileName, List<DayEntry> days, List<String> unknownColumns) {
    public ImportPlan {
        days = List.copyOf(days);
        unknownColumns = List.copyOf(unknownColumns);
    }

    public Optional<LocalDate> first() {
        return days.stream().map(DayEntry::date).min(LocalDate::compareTo);
    }

    public Optional<LocalDate> last() {
        return days.stream().map(DayEntry::date).max(LocalDate::compareTo);
    }
}
