package org.headback.stats;

/**
 * ln(n!) to nearly full double precision for any n a diary can reach, without overflow: a table of sums of
 * logarithms for small n, Stirling's series beyond it.
 */
final class LogFactorial {
    private static final int TABLE_SIZE = 256;
    private static final double[] TABLE = new double[TABLE_SIZE];
    private static final double HALF_LN_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    static {
        for (int n = 2; n < TABLE_SIZE; n++) {
            TABLE[n] = TABLE[n - 1] + Math.log(n);
        }
    }

    private LogFactorial() {
    }

    /** ln(n!). */
    static double of(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("no factorial of " + n);
        }
        if (n < TABLE_SIZE) {
            return TABLE[n];
        }
        // Stirling's series; for n >= 256 the first omitted term, 1/(1680 n^7), is below 1e-20.
        double x = n;
        double inverse = 1 / x;
        double inverseSquare = inverse * inverse;
        double series = inverse * (1.0 / 12 - inverseSquare * (1.0 / 360 - inverseSquare / 1260));
        return x * Math.log(x) - x + HALF_LN_TWO_PI + 0.5 * Math.log(x) + series;
    }

    /** ln C(n, k), for 0 ≤ k ≤ n. */
    static double choose(int n, int k) {
        return of(n) - of(k) - of(n - k);
    }
}
