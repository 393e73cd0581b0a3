package org.headback.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.OptionalDouble;

/**
 * The one place for how HeadBack writes a figure: ratios to two significant figures, shares as whole percentages,
 * p-values with their relation ("p = 0.03", "p < 0.001"). A figure that is absent or not finite is written "—".
 */
public final class Figures {
    public static final String ABSENT = "—";
    private static final MathContext TWO_FIGURES = new MathContext(2, RoundingMode.HALF_UP);
    private static final double SMALLEST_P = 0.001;
    private static final int MINUTES_AN_HOUR = 60;

    private Figures() {
    }

    /**
     * A ratio (an odds ratio, the ends of its interval, a rate ratio) to two significant figures, the same rule for
     * every size: 48, 20 (for 20.16), 3.2, 1.0, 0.46, 0.038.
     */
    public static String ratio(double value) {
        if (!Double.isFinite(value)) {
            return ABSENT;
        }
        if (value == 0) {
            return "0";
        }
        var rounded = BigDecimal.valueOf(value).round(TWO_FIGURES);
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    public static String ratio(OptionalDouble value) {
        return value.isPresent() ? ratio(value.getAsDouble()) : ABSENT;
    }

    /** An interval as "1.4–7.5", each end by {@link #ratio(double)}. */
    public static String interval(OptionalDouble low, OptionalDouble high) {
        return low.isPresent() && high.isPresent() ? ratio(low) + "–" + ratio(high) : ABSENT;
    }

    /** A share of 0 to 1 as a whole percentage, "62 %"; a share that is not 0 but rounds to 0 is "< 1 %". */
    public static String percent(double share) {
        if (!Double.isFinite(share)) {
            return ABSENT;
        }
        long whole = Math.round(share * 100);
        if (whole == 0 && share > 0) {
            return "< 1 %";
        }
        if (whole == 100 && share < 1) {
            return "> 99 %";
        }
        return whole + " %";
    }

    /**
     * A p-value with its relation, to put after a name: "p = 0.34", "p = 0.004", "p < 0.001". Below 0.01 three
     * decimals, else two.
     */
    public static String p(double p) {
        if (!Double.isFinite(p)) {
            return "p = " + ABSENT;
        }
        if (p < SMALLEST_P) {
            return "p < 0.001";
        }
        var scale = p < 0.01 ? 3 : 2;
        return "p = " + BigDecimal.valueOf(p).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    /** An average on the diary's 0–10 scale, to one decimal: "4.3", "0.0", "10.0". */
    public static String severity(double mean) {
        if (!Double.isFinite(mean)) {
            return ABSENT;
        }
        return BigDecimal.valueOf(mean).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** A rate or a change of one, to one decimal, with a true minus sign: "6.0", "−11.1". */
    public static String rate(double value) {
        if (!Double.isFinite(value)) {
            return ABSENT;
        }
        var text = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
        return text.startsWith("-") ? (text.equals("-0.0") ? "0.0" : "−" + text.substring(1)) : text;
    }

    /** A length of time to the minute: "45 min", "3 h", "2 h 30 min". */
    public static String duration(Duration length) {
        long minutes = length.toMinutes();
        long hours = minutes / MINUTES_AN_HOUR;
        long rest = minutes % MINUTES_AN_HOUR;
        if (hours == 0) {
            return rest + " min";
        }
        return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }
}
