package org.headback.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.headback.text.Words;

/**
 * Before and after: each {@link Measure} per 30 recorded days in two ranges, the change, a 95 % interval and a
 * p-value that allow for pain coming in runs.
 *
 * <p>Why blocks: a bad week is several bad days in a row, so days are not independent draws, and a test that treats
 * them so (a two-proportion test) finds changes that a run of bad weeks alone explains. Each range's recorded days,
 * in date order, are cut into blocks of {@link #BLOCK} recorded days (the last one may be shorter), and blocks, not
 * days, are what is reshuffled:
 * <ul>
 *   <li>p-value: a permutation test. The blocks of both ranges are pooled and every way (or, past
 *       {@link #EXACT_LIMIT} ways, {@link #SHUFFLES} seeded random ways) of giving as many blocks as before to "before"
 *       is tried; p is the share of them whose change is at least as large, either way, as the observed one
 *       (counting the observed one among them when shuffled at random);</li>
 *   <li>interval: a block bootstrap. Each range's blocks are drawn again with replacement {@link #RESAMPLES} times
 *       (seeded, so the same diary always gives the same interval); the interval runs from the 2.5th to the 97.5th
 *       percentile of the changes drawn.</li>
 * </ul>
 * Rates are per 30 recorded days: 30 × days counted / days recorded. Fewer than {@link #MIN_DAYS} recorded days in
 * either range: no figures.
 */
public final class BeforeAfter {
    public static final int MIN_DAYS = 14;
    static final int BLOCK = 7;
    static final int EXACT_LIMIT = 50_000;
    static final int SHUFFLES = 20_000;
    static final int RESAMPLES = 10_000;
    private static final double PER = 30;
    private static final long SEED = 20_260_401L;
    private static final double TOLERANCE = 1e-9;

    private BeforeAfter() {
    }

    /** The comparison of the recorded days of two ranges (each in any order, a date at most once in each). */
    public static Comparison compare(List<PeriodDay> before, List<PeriodDay> after) {
        var first = sorted(before);
        var second = sorted(after);
        if (first.size() < MIN_DAYS || second.size() < MIN_DAYS) {
            return new Comparison(first.size(), second.size(), List.of(), Optional.of(Words.format(
                    "compare.too-few-days", Words.count("recorded-day", first.size()),
                    Words.count("recorded-day", second.size()), MIN_DAYS)));
        }
        var changes = new ArrayList<MeasureChange>();
        for (var measure : Measure.values()) {
            changes.add(change(measure, blocks(first, measure), blocks(second, measure)));
        }
        return new Comparison(first.size(), second.size(), changes, Optional.empty());
    }

    private static List<PeriodDay> sorted(List<PeriodDay> days) {
        var sorted = new ArrayList<>(days);
        sorted.sort(Comparator.comparing(PeriodDay::date));
        return sorted;
    }

    /** Per block of {@link #BLOCK} recorded days: {days, days counted}. */
    static int[][] blocks(List<PeriodDay> days, Measure measure) {
        int count = (days.size() + BLOCK - 1) / BLOCK;
        int[][] blocks = new int[count][2];
        for (int i = 0; i < days.size(); i++) {
            blocks[i / BLOCK][0]++;
            if (days.get(i).counts().contains(measure)) {
                blocks[i / BLOCK][1]++;
            }
        }
        return blocks;
    }

    private static MeasureChange change(Measure measure, int[][] before, int[][] after) {
        double from = rate(before);
        double to = rate(after);
        double observed = to - from;
        var random = new Random(SEED + measure.ordinal());
        double[] interval = interval(before, after, random);
        return new MeasureChange(measure, from, to, observed, interval[0], interval[1],
                permutationP(before, after, observed, random));
    }

    /** 30 × days counted / days recorded, over the blocks. */
    static double rate(int[][] blocks) {
        long days = 0;
        long counted = 0;
        for (int[] block : blocks) {
            days += block[0];
            counted += block[1];
        }
        return PER * counted / days;
    }

    static double permutationP(int[][] before, int[][] after, double observed, Random random) {
        var pooled = new int[before.length + after.length][];
        System.arraycopy(before, 0, pooled, 0, before.length);
        System.arraycopy(after, 0, pooled, before.length, after.length);
        var shuffle = new Shuffle(pooled, Math.abs(observed) - TOLERANCE);
        if (Combinations.count(pooled.length, before.length) <= EXACT_LIMIT) {
            Combinations.each(pooled.length, before.length, shuffle::tryChoice);
            return (double) shuffle.asLarge / shuffle.tried;
        }
        for (int i = 0; i < SHUFFLES; i++) {
            shuffle.tryChoice(Combinations.random(pooled.length, before.length, random));
        }
        return (1.0 + shuffle.asLarge) / (1.0 + shuffle.tried);
    }

    private static double[] interval(int[][] before, int[][] after, Random random) {
        double[] changes = new double[RESAMPLES];
        for (int i = 0; i < RESAMPLES; i++) {
            changes[i] = rate(drawn(after, random)) - rate(drawn(before, random));
        }
        Arrays.sort(changes);
        return new double[] {percentile(changes, 0.025), percentile(changes, 0.975)};
    }

    private static int[][] drawn(int[][] blocks, Random random) {
        int[][] drawn = new int[blocks.length][];
        for (int i = 0; i < blocks.length; i++) {
            drawn[i] = blocks[random.nextInt(blocks.length)];
        }
        return drawn;
    }

    /** The percentile of sorted values, interpolated between neighbours (R's default, type 7). */
    static double percentile(double[] sorted, double share) {
        double at = share * (sorted.length - 1);
        int low = (int) Math.floor(at);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (at - low) * (sorted[high] - sorted[low]);
    }

    /** Counts the choices of "before" blocks whose change is at least the observed one, either way. */
    private static final class Shuffle {
        private final int[][] pooled;
        private final double threshold;
        private final long days;
        private final long counted;
        private long tried;
        private long asLarge;

        Shuffle(int[][] pooled, double threshold) {
            this.pooled = pooled;
            this.threshold = threshold;
            long allDays = 0;
            long allCounted = 0;
            for (int[] block : pooled) {
                allDays += block[0];
                allCounted += block[1];
            }
            this.days = allDays;
            this.counted = allCounted;
        }

        void tryChoice(int[] chosen) {
            long beforeDays = 0;
            long beforeCounted = 0;
            for (int index : chosen) {
                beforeDays += pooled[index][0];
                beforeCounted += pooled[index][1];
            }
            double change = PER * (counted - beforeCounted) / (days - beforeDays) - PER * beforeCounted / beforeDays;
            tried++;
            if (Math.abs(change) >= threshold) {
                asLarge++;
            }
        }
    }
}
