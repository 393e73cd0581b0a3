package org.headback.stats;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One recorded day as the factor analysis reads it. Days not recorded are absent from the input, as in
 * {@link DayPoint}.
 *
 * @param backPain   0–10
 * @param headache   0–10
 * @param sleepHours empty when not filled in
 * @param stress     0–10, empty when not filled in
 * @param factors    the user's yes/no factors known that day, by name: true when ticked, false when known and not
 *                   ticked; a factor not in the map is unknown that day (the diary's known-from rule decides which)
 */
public record FactorDay(LocalDate date, int backPain, int headache, OptionalDouble sleepHours, OptionalInt stress,
                        Map<String, Boolean> factors) {
    public FactorDay {
        Objects.requireNonNull(sleepHours, "sleepHours");
        Objects.requireNonNull(stress, "stress");
        factors = Map.copyOf(factors);
        new DayPoint(date, backPain, headache);
    }

    /** A day known only by its two severities: no sleep, stress or factor of the user's. */
    public static FactorDay of(DayPoint point) {
        return new FactorDay(point.date(), point.backPain(), point.headache(), OptionalDouble.empty(),
                OptionalInt.empty(), Map.of());
    }

    /** The day's two severities. */
    public DayPoint point() {
        return new DayPoint(date, backPain, headache);
    }
}
