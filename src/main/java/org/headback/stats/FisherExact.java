package org.headback.stats;

/**
 * Two-sided Fisher exact test of a 2×2 table, computed as R's {@code fisher.test} does.
 *
 * <p>With the margins fixed, the count in the first cell follows a hypergeometric distribution. The p-value is the
 * sum of the probabilities of every table with the same margins that is no more likely than the observed one,
 * "no more likely" meaning a probability at most the observed one times (1 + 1e-7), so that tables exactly as
 * likely as the observed one are not lost to rounding. Probabilities are worked out in log space and scaled by
 * the most likely table before summing, so tables of thousands of days neither overflow nor underflow before the
 * end; the sum is at most min(margins) + 1 terms.
 */
final class FisherExact {
    /** R's tolerance for "as likely as the observed table". */
    private static final double RELATIVE_ERROR = 1 + 1e-7;

    private FisherExact() {
    }

    /** The two-sided p-value, between 0 and 1; 1 for an empty table. */
    static double twoSidedP(Table2x2 table) {
        int rowOne = table.backPainDays();
        int rowTwo = table.otherDays();
        int columnOne = table.headacheDays();
        int low = Math.max(0, columnOne - rowTwo);
        int high = Math.min(rowOne, columnOne);
        double[] logP = new double[high - low + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int x = low; x <= high; x++) {
            // The common denominator ln C(n, c1) cancels when the terms are scaled, so it is left out.
            double value = LogFactorial.choose(rowOne, x) + LogFactorial.choose(rowTwo, columnOne - x);
            logP[x - low] = value;
            max = Math.max(max, value);
        }
        double observed = Math.exp(logP[table.both() - low] - max) * RELATIVE_ERROR;
        double all = 0;
        double asExtreme = 0;
        for (double value : logP) {
            double scaled = Math.exp(value - max);
            all += scaled;
            if (scaled <= observed) {
                asExtreme += scaled;
            }
        }
        return Math.min(1, asExtreme / all);
    }
}
