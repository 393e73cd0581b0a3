package org.headback.diary.csv;

import java.util.List;
import java.util.Objects;

/**
 * One record of a CSV file, with the physical line (1-based) it starts on.
 *
 * @param line   the physical line the record starts on, counting every line break before it,
 *               including those inside quoted fields
 * @param fields the fields, in order; never empty and never containing null
 */
public record CsvRecord(long line, List<String> fields) {
    public CsvRecord {
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    }
}
