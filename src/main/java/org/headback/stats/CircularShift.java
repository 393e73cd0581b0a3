package org.headback.stats;

import java.util.OptionalDouble;

/**
 * The circular-shift test: is the overlap of back-pain days and headache days larger than the two series would
 * give by their own rhythm alone?
 *
 * <p>Why not just Fisher's test? Pain days come in runs: a bad week of back pain is several back-pain days in a
 * row, and the same holds for headaches. Neighbouring days are therefore not independent, while Fisher's test
 * treats every day as a separate draw; its p-value is too small (optimistic) whenever both series run in spells.
 * Shifting one series against the other keeps each series' runs and day count exactly as they are and only breaks
 * their alignment, so the shifted overlaps show what overlap the two rhythms produce by chance.
 *
 * <p>The recorded days, sorted by date, are taken as one sequence of n days. <em>Gaps are ignored</em>: the day
 * after a gap simply follows the day before it, so the test asks about the order of recorded days, not about
 * calendar distance. (Filling gaps would mean inventing days; diaries with few gaps are barely affected.) For every
 * offset k with {@link Cooccurrence#MIN_SHIFT} ≤ k ≤ n − {@code MIN_SHIFT}, the headache series is rotated by k
 * days (day i is compared with headache day (i + k) mod n) and the shared days are counted. Small shifts are
 * left out because a run that spills over by a few days would still overlap itself. The p-value is the share of
 * offsets whose overlap is at least the observed one.
 */
final class CircularShift {
    private CircularShift() {
    }

    /**
     * The p-value, or empty when there is no offset to try (fewer than 2 · {@code MIN_SHIFT} days).
     *
     * @param backPain one flag per recorded day, in date order: was it a back-pain day?
     * @param headache one flag per recorded day, in date order: was it a headache day?
     */
    static OptionalDouble p(boolean[] backPain, boolean[] headache) {
        int n = backPain.length;
        if (headache.length != n) {
            throw new IllegalArgumentException("series of different lengths: " + n + " and " + headache.length);
        }
        int first = Cooccurrence.MIN_SHIFT;
        int last = n - Cooccurrence.MIN_SHIFT;
        if (last < first) {
            return OptionalDouble.empty();
        }
        long[] back = bits(backPain, 1);
        long[] twice = bits(headache, 2);
        int observed = shared(back, twice, 0);
        int atLeastAsMany = 0;
        for (int k = first; k <= last; k++) {
            if (shared(back, twice, k) >= observed) {
                atLeastAsMany++;
            }
        }
        return OptionalDouble.of((double) atLeastAsMany / (last - first + 1));
    }

    /**
     * {@link #shared(int[], boolean[], int)} 64 days at a time: the back-pain days as bits, against the headache
     * series written twice in a row, so that the rotated series is a plain window of it starting at {@code offset}.
     */
    private static int shared(long[] back, long[] twice, int offset) {
        int count = 0;
        int word = offset >>> 6;
        int bit = offset & 63;
        for (int w = 0; w < back.length; w++) {
            long window = bit == 0 ? twice[word + w]
                    : (twice[word + w] >>> bit) | (twice[word + w + 1] << (64 - bit));
            count += Long.bitCount(back[w] & window);
        }
        return count;
    }

    /** The flags as bits, {@code times} times one after the other, with a spare word per copy for the last window. */
    private static long[] bits(boolean[] flags, int times) {
        int n = flags.length;
        long[] bits = new long[(n * times >>> 6) + times];
        for (int copy = 0; copy < times; copy++) {
            for (int i = 0; i < n; i++) {
                if (flags[i]) {
                    int at = copy * n + i;
                    bits[at >>> 6] |= 1L << (at & 63);
                }
            }
        }
        return bits;
    }

    /** How many back-pain days meet a headache day when the headache series is rotated by {@code offset}. */
    static int shared(int[] backDays, boolean[] headache, int offset) {
        int n = headache.length;
        int count = 0;
        for (int day : backDays) {
            int shifted = day + offset;
            if (headache[shifted >= n ? shifted - n : shifted]) {
                count++;
            }
        }
        return count;
    }
}
