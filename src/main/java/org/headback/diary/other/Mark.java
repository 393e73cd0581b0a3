package org.headback.diary.other;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A tag another diary put on a day (Flaredown's tags, Bearable's factors), or a note the user wrote that day.
 *
 * @param line the line of the file it is on
 */
public record Mark(LocalDate day, String text, long line) {
    public Mark {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(text, "text");
    }
}
