package org.headback.stats;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One factor against headache days, over the days (same day) or pairs of days (next day) on which it is known. Made
 * by {@link FactorAnalysis}.
 *
 * <p>The table crosses the factor with headache: {@code both} = factor and headache, {@link Table2x2#backOnly()} =
 * the factor only, {@code headacheOnly}, {@code neither}. Without enough data the counts stay and every figure is
 * absent; {@code reason} says why, with the counts.
 *
 * @param name      the user's factor name, or the code of {@code kind} for the three the analysis reads itself
 * @param knownDays the days (pairs of days, for next day) on which the factor is known: the table's total
 * @param holmP     the Fisher p adjusted by Holm's method over the factors of the family that have enough data
 */
public record FactorFigures(String name, FactorKind kind, int knownDays, Table2x2 table,
                            OptionalDouble headacheRateWithFactor, OptionalDouble headacheRateWithoutFactor,
                            OptionalDouble oddsRatio, OptionalDouble oddsRatioLow, OptionalDouble oddsRatioHigh,
                            OptionalDouble fisherP, OptionalDouble holmP, OptionalDouble shiftTestP,
                            boolean enoughData, Optional<String> reason, FactorVerdict verdict) {
    /** Below this, a p-value counts; the verdict needs both the Holm-adjusted and the shift-test p under it. */
    public static final double ALPHA = 0.05;

    public FactorFigures {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** The days (pairs) with the factor and a headache. */
    public int both() {
        return table.both();
    }

    /** The days (pairs) with the factor and no headache. */
    public int factorOnly() {
        return table.backOnly();
    }

    public int headacheOnly() {
        return table.headacheOnly();
    }

    public int neither() {
        return table.neither();
    }

    /** The same figures with the family's Holm-adjusted p, and the verdict it leads to. */
    FactorFigures withHolmP(double adjusted) {
        var holm = OptionalDouble.of(adjusted);
        return new FactorFigures(name, kind, knownDays, table, headacheRateWithFactor, headacheRateWithoutFactor,
                oddsRatio, oddsRatioLow, oddsRatioHigh, fisherP, holm, shiftTestP, enoughData, reason,
                verdict(holm, shiftTestP, oddsRatioLow, oddsRatioHigh));
    }

    /**
     * More (or fewer) headaches only when the Holm-adjusted p and the shift-test p are both under {@link #ALPHA} and
     * the whole interval lies above (or below) 1; no clear link otherwise.
     */
    static FactorVerdict verdict(OptionalDouble holm, OptionalDouble shift, OptionalDouble low,
                                 OptionalDouble high) {
        boolean passes = below(holm) && below(shift);
        if (passes && low.isPresent() && low.getAsDouble() > 1) {
            return FactorVerdict.MORE;
        }
        if (passes && high.isPresent() && high.getAsDouble() < 1) {
            return FactorVerdict.FEWER;
        }
        return FactorVerdict.NO_CLEAR_LINK;
    }

    private static boolean below(OptionalDouble p) {
        return p.isPresent() && p.getAsDouble() < ALPHA;
    }
}
