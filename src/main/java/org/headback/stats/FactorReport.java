package org.headback.stats;

import java.util.List;
import java.util.Objects;

/**
 * The factor analysis of a range: every factor on the same day and on the next, each family in the same order (back
 * pain, short sleep, high stress, then the user's factors by name).
 *
 * @param recordedDays the recorded days of the range
 */
public record FactorReport(int recordedDays, FactorSettings settings, List<FactorFigures> sameDay,
                           List<FactorFigures> nextDay) {
    public FactorReport {
        Objects.requireNonNull(settings, "settings");
        sameDay = List.copyOf(sameDay);
        nextDay = List.copyOf(nextDay);
    }
}
