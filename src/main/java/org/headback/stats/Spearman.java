package org.headback.stats;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Spearman's rank correlation: the Pearson correlation of the two series' ranks, where tied values share the
 * average of the ranks they span (so 2, 2 in first and second place both get rank 1.5).
 */
final class Spearman {
    private Spearman() {
    }

    /** Spearman's rho of two series of equal length; empty with fewer than 2 values or when either is constant. */
    static OptionalDouble rho(int[] x, int[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series of different lengths: " + x.length + " and " + y.length);
        }
        if (x.length < 2 || isConstant(x) || isConstant(y)) {
            return OptionalDouble.empty();
        }
        return pearson(ranks(x), ranks(y));
    }

    /** Average ranks, 1-based. */
    static double[] ranks(int[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (i, j) -> Integer.compare(values[i], values[j]));
        double[] ranks = new double[n];
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            // Places start..end (0-based) hold equal values: each gets the mean of ranks start + 1 .. end + 1.
            double average = (start + end) / 2.0 + 1;
            for (int place = start; place <= end; place++) {
                ranks[order[place]] = average;
            }
            start = end + 1;
        }
        return ranks;
    }

    private static boolean isConstant(int[] values) {
        return Arrays.stream(values).allMatch(value -> value == values[0]);
    }

    private static OptionalDouble pearson(double[] x, double[] y) {
        double meanX = Arrays.stream(x).average().orElseThrow();
        double meanY = Arrays.stream(y).average().orElseThrow();
        double products = 0;
        double squaresX = 0;
        double squaresY = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            products += dx * dy;
            squaresX += dx * dx;
            squaresY += dy * dy;
        }
        if (squaresX == 0 || squaresY == 0) {
            return OptionalDouble.empty();
        }
        double rho = products / Math.sqrt(squaresX * squaresY);
        return OptionalDouble.of(Math.max(-1, Math.min(1, rho)));
    }
}
