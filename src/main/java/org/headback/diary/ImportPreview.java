package org.headback.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import would do, before it does it.
 *
 * @param conflicts     the file's days that are already in the diary, in date order
 * @param firstConflict of those, the one the file comes to first, with its line
 * @param newFactors    the factors the file ticks that the diary does not know, in the order the file comes to them;
 *                      the import makes them the user's own
 */
public record ImportPreview(int newDays, List<LocalDate> conflicts, Optional<LocalDate> first,
                            Optional<LocalDate> last, List<String> unknownColumns,
                            Optional<ImportPlan.DayInFile> firstConflict, List<String> newFactors) {
    public ImportPreview {
        conflicts = List.copyOf(conflicts);
        unknownColumns = List.copyOf(unknownColumns);
        Objects.requireNonNull(firstConflict, "firstConflict");
        newFactors = List.copyOf(newFactors);
    }

    /** A preview whose first conflict is the earliest one, on no known line, that makes no factor. */
    public ImportPreview(int newDays, List<LocalDate> conflicts, Optional<LocalDate> first,
                         Optional<LocalDate> last, List<String> unknownColumns) {
        this(newDays, conflicts, first, last, unknownColumns, conflicts.stream().min(LocalDate::compareTo)
                .map(date -> new ImportPlan.DayInFile(date, Optional.empty())), List.of());
    }
}
