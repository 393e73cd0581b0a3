package org.headback.stats;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One recorded day as the before/after comparison reads it: which of the {@link Measure measures} it counts for (a
 * headache day, a migraine day…). Days not recorded are absent, never days without.
 */
public record PeriodDay(LocalDate date, Set<Measure> counts) {
    public PeriodDay {
        Objects.requireNonNull(date, "date");
        counts = counts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(counts));
    }
}
