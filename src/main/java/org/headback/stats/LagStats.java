package org.headback.stats;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Back pain one day against headache the next: over the pairs of consecutive calendar days (t, t + 1) that are
 * both recorded, {@code table} crosses "back-pain day on t" with "headache day on t + 1".
 *
 * @param pairs      how many such pairs there were (the table's total)
 * @param oddsRatio  as in {@link CooccurrenceStats#oddsRatio()}; absent without pairs or without enough data
 * @param fisherP    two-sided Fisher exact p-value; absent without pairs or without enough data
 */
public record LagStats(Table2x2 table, int pairs, OptionalDouble oddsRatio, OptionalDouble fisherP) {
    public LagStats {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(oddsRatio, "oddsRatio");
        Objects.requireNonNull(fisherP, "fisherP");
    }
}
