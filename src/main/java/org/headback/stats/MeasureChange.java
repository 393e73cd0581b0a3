package org.headback.stats;

import java.util.Objects;

/**
 * One measure before and after, per 30 recorded days, with the change (after minus before), its 95 % interval and
 * its p-value, as {@link BeforeAfter} works them out.
 */
public record MeasureChange(Measure measure, double beforePer30, double afterPer30, double change, double changeLow,
                            double changeHigh, double p) {
    public MeasureChange {
        Objects.requireNonNull(measure, "measure");
    }
}
