package org.headback.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down adjustment of p-values for testing several hypotheses at once (Holm 1979), as R's
 * {@code p.adjust(p, "holm")}: sorted ascending, the i-th smallest of m (from 0) is multiplied by m − i, each adjusted
 * value is at least the one before it, and none is above 1. Ties keep their given order, which gives them the same
 * adjusted value.
 */
final class Holm {
    private Holm() {
    }

    /** The adjusted p-values, in the order given. */
    static double[] adjust(double[] p) {
        int m = p.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int index = order[rank];
            running = Math.max(running, Math.min(1, (m - rank) * p[index]));
            adjusted[index] = running;
        }
        return adjusted;
    }
}
