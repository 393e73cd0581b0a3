package org.headback.stats;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One recorded day as the factor analysis reads it. Days not recorded are absent from the input, as in
 * {@link DayPoint}.
 *
 * @param backPain   0–10
 * @param headache   0–10
 * @param sleepHours empty when not filled in
 * @param stress     0–10, empty when not filled in
 * @param factors    the names of the user's yes/no factors ticked that day, as the diary stores them
 */
public record FactorDay(LocalDate date, int backPain, int headache, OptionalDouble sleepHours, OptionalInt stress,
                        Set<String> factors) {
    public FactorDay {
        Objects.requireNonNull(sleepHours, "sleepHours");
        Objects.requireNonNull(stress, "stress");
        factors = Set.copyOf(factors);
        new DayPoint(date, backPain, headache);
    }

    /** The day's two severities. */
    public DayPoint point() {
        return new DayPoint(date, backPain, headache);
    }
}
