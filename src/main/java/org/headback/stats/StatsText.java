package org.headback.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.OptionalDouble;

/** The statistics in words, for the statistics window and the command line. */
public final class StatsText {
    private static final String ABSENT = "—";

    private StatsText() {
    }

    /**
     * One sentence on how often headaches come with back pain, e.g. "Headache on 62 % of your back-pain days and
     * on 18 % of your other days (90 recorded days)." Percentages are rounded to whole numbers. When a rate cannot
     * be given (no back-pain days, or no other days), the sentence says so instead.
     */
    public static String summary(CooccurrenceStats stats) {
        Objects.requireNonNull(stats, "stats");
        int days = stats.recordedDays();
        if (days == 0) {
            return "No days are recorded in this range.";
        }
        String recorded = " (" + days + (days == 1 ? " recorded day)." : " recorded days).");
        OptionalDouble withBackPain = stats.headacheRateWithBackPain();
        OptionalDouble withoutBackPain = stats.headacheRateWithoutBackPain();
        if (withBackPain.isEmpty()) {
            return "No back-pain days in this range" + recorded;
        }
        if (withoutBackPain.isEmpty()) {
            if (days == 1) {
                String with = withBackPain.getAsDouble() > 0 ? " with a headache" : " without a headache";
                return "The recorded day was a back-pain day" + with + recorded;
            }
            return "Every recorded day was a back-pain day, with headache on " + percent(withBackPain.getAsDouble())
                    + " of them" + recorded;
        }
        return "Headache on " + percent(withBackPain.getAsDouble()) + " of your back-pain days and on "
                + percent(withoutBackPain.getAsDouble()) + " of your other days" + recorded;
    }

    /**
     * The odds ratio with its interval, e.g. "odds ratio 3.2 (95 % CI 1.4–7.5)". Numbers of 10 and more are
     * rounded to whole numbers, from 1 to 10 to one decimal, below 1 to two significant digits (0.45, 0.038), so
     * that a ratio well below 1 does not read as 0.0. An absent piece is shown as "—".
     */
    public static String oddsRatio(CooccurrenceStats stats) {
        Objects.requireNonNull(stats, "stats");
        String interval = stats.oddsRatioLow().isPresent() && stats.oddsRatioHigh().isPresent()
                ? number(stats.oddsRatioLow()) + "–" + number(stats.oddsRatioHigh())
                : ABSENT;
        return "odds ratio " + number(stats.oddsRatio()) + " (95 % CI " + interval + ")";
    }

    /** A rate of 0 to 1 as a whole percentage, "62 %". */
    static String percent(double rate) {
        return Math.round(rate * 100) + " %";
    }

    /** A ratio in the odds-ratio style; "—" when absent or not finite. */
    static String number(OptionalDouble value) {
        if (value.isEmpty() || !Double.isFinite(value.getAsDouble())) {
            return ABSENT;
        }
        BigDecimal exact = BigDecimal.valueOf(value.getAsDouble());
        if (exact.compareTo(BigDecimal.ONE) < 0) {
            BigDecimal twoDigits = exact.round(new MathContext(2, RoundingMode.HALF_UP));
            if (twoDigits.compareTo(BigDecimal.ONE) < 0) {
                return twoDigits.signum() == 0 ? "0" : twoDigits.stripTrailingZeros().toPlainString();
            }
        }
        BigDecimal oneDecimal = exact.setScale(1, RoundingMode.HALF_UP);
        if (oneDecimal.compareTo(BigDecimal.TEN) < 0) {
            return oneDecimal.toPlainString();
        }
        return exact.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }
}
