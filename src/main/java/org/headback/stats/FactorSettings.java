package org.headback.stats;

import java.util.Objects;

/**
 * What counts as a headache day, a back-pain day, short sleep and high stress in the factor analysis.
 *
 * @param shortSleepHours sleep under this many hours is short, more than 0 and at most 24
 * @param highStress      stress at or over this is high, 1–10
 */
public record FactorSettings(Thresholds thresholds, double shortSleepHours, int highStress) {
    public static final double DEFAULT_SHORT_SLEEP_HOURS = 6;
    public static final int DEFAULT_HIGH_STRESS = 7;
    public static final FactorSettings DEFAULT = new FactorSettings(Thresholds.DEFAULT, DEFAULT_SHORT_SLEEP_HOURS,
            DEFAULT_HIGH_STRESS);

    public FactorSettings {
        Objects.requireNonNull(thresholds, "thresholds");
        if (!(shortSleepHours > 0 && shortSleepHours <= 24)) {
            throw new IllegalArgumentException("the short-sleep cut must be more than 0 and at most 24 hours, was "
                    + shortSleepHours);
        }
        if (highStress < 1 || highStress > DayPoint.MAX_SEVERITY) {
            throw new IllegalArgumentException("the high-stress cut must be 1 to 10, was " + highStress);
        }
    }

    /** These settings with other thresholds. */
    public FactorSettings with(Thresholds other) {
        return new FactorSettings(other, shortSleepHours, highStress);
    }
}
