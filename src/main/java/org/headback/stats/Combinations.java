package org.headback.stats;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Consumer;

/** Choices of k of n indices: how many there are, every one in turn, or one at random. */
final class Combinations {
    private Combinations() {
    }

    /** C(n, k), or {@link Long#MAX_VALUE} when larger than a long holds. */
    static long count(int n, int k) {
        long count = 1;
        for (int i = 1; i <= k; i++) {
            count = count * (n - k + i) / i;
            if (count < 0 || count > Long.MAX_VALUE / n) {
                return Long.MAX_VALUE;
            }
        }
        return count;
    }

    /** Every choice, each as ascending indices, in lexicographic order. */
    static void each(int n, int k, Consumer<int[]> choice) {
        int[] chosen = new int[k];
        for (int i = 0; i < k; i++) {
            chosen[i] = i;
        }
        while (true) {
            choice.accept(chosen);
            int i = k - 1;
            while (i >= 0 && chosen[i] == n - k + i) {
                i--;
            }
            if (i < 0) {
                return;
            }
            chosen[i]++;
            for (int j = i + 1; j < k; j++) {
                chosen[j] = chosen[j - 1] + 1;
            }
        }
    }

    /** One choice drawn uniformly: the first k of a partial Fisher–Yates shuffle. */
    static int[] random(int n, int k, Random random) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return Arrays.copyOf(all, k);
    }
}
