package org.headback.stats;

import java.util.Optional;

/**
 * The odds ratio ad / bc of a 2×2 table with its 95 % confidence interval, exp(ln OR ∓ 1.959964 ·
 * sqrt(1/a + 1/b + 1/c + 1/d)) (Woolf's logit interval). When any cell is 0, 0.5 is added to all four cells for
 * both the ratio and the interval (the Haldane–Anscombe correction), so the ratio is always finite and positive.
 */
record OddsRatio(double ratio, double low, double high) {
    /** The 97.5th percentile of the standard normal distribution. */
    static final double Z_975 = 1.959964;

    /** The odds ratio of the table; empty when the table is empty. */
    static Optional<OddsRatio> of(Table2x2 table) {
        if (table.total() == 0) {
            return Optional.empty();
        }
        double a = table.both();
        double b = table.backOnly();
        double c = table.headacheOnly();
        double d = table.neither();
        if (a == 0 || b == 0 || c == 0 || d == 0) {
            a += 0.5;
            b += 0.5;
            c += 0.5;
            d += 0.5;
        }
        double logRatio = Math.log(a) + Math.log(d) - Math.log(b) - Math.log(c);
        double halfWidth = Z_975 * Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
        return Optional.of(new OddsRatio(a * d / (b * c), Math.exp(logRatio - halfWidth),
                Math.exp(logRatio + halfWidth)));
    }
}
