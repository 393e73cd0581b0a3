package org.headback.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What an import would do, before it does it.
 *
 * @param conflicts the file's days that are already in the diary
 */
public record ImportPreview(int newDays, List<LocalDate> conflicts, Optional<LocalDate> first,
                            Optional<LocalDate> last, List<String> unknownColumns) {
    public ImportPreview {
        conflicts = List.copyOf(conflicts);
        unknownColumns = List.copyOf(unknownColumns);
    }
}
