package org.headback.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * Do back-pain days and headache days fall together more often than chance? Every statistic is taken over the
 * recorded days only: a day nobody wrote down is neither a pain day nor a pain-free day.
 *
 * <p>The table: a = back-pain and headache day, b = back-pain day only, c = headache day only, d = neither.
 * <ul>
 *   <li>headache rates: a / (a + b) on back-pain days, c / (c + d) on the other days;</li>
 *   <li>odds ratio ad / bc with its 95 % interval, 0.5 added to every cell when one is 0 ({@link OddsRatio});</li>
 *   <li>two-sided Fisher exact p-value as R computes it ({@link FisherExact});</li>
 *   <li>phi = (ad − bc) / sqrt((a + b)(c + d)(a + c)(b + d));</li>
 *   <li>Spearman's rho of the two severities, 0–10, over the recorded days ({@link Spearman});</li>
 *   <li>lag 1: back pain on day t against headache on day t + 1, over pairs of consecutive calendar days that
 *       are both recorded;</li>
 *   <li>the circular-shift test, which allows for pain coming in runs ({@link CircularShift}).</li>
 * </ul>
 * With fewer than {@link #MIN_DAYS} recorded days, or a margin of the table at 0, the test statistics are left
 * out and {@link CooccurrenceStats#reason()} says why.
 */
public final class Cooccurrence {
    /** Fewer recorded days than this give no statistics. */
    public static final int MIN_DAYS = 14;
    /** The circular-shift test shifts by at least this many days (and at most n minus this). */
    public static final int MIN_SHIFT = 7;

    private Cooccurrence() {
    }

    /**
     * The statistics of a range of days.
     *
     * @param days recorded days in any order, each date at most once
     * @throws IllegalArgumentException when a date is given twice
     */
    public static CooccurrenceStats compute(List<DayPoint> days, Thresholds thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        List<DayPoint> sorted = sortedByDate(days);
        int n = sorted.size();
        boolean[] backPain = new boolean[n];
        boolean[] headache = new boolean[n];
        Table2x2 table = new Table2x2(0, 0, 0, 0);
        for (int i = 0; i < n; i++) {
            backPain[i] = thresholds.isBackPainDay(sorted.get(i));
            headache[i] = thresholds.isHeadacheDay(sorted.get(i));
            table = table.plus(backPain[i], headache[i]);
        }
        Table2x2 lagTable = lagTable(sorted, backPain, headache);
        Optional<String> reason = DataCheck.reason(table, thresholds);
        OptionalDouble withBackPain = rate(table.both(), table.backPainDays());
        OptionalDouble withoutBackPain = rate(table.headacheOnly(), table.otherDays());
        if (reason.isPresent()) {
            OptionalDouble none = OptionalDouble.empty();
            LagStats lag = new LagStats(lagTable, lagTable.total(), none, none);
            return new CooccurrenceStats(table, n, withBackPain, withoutBackPain, none, none, none, none, none,
                    none, lag, none, false, reason);
        }
        Optional<OddsRatio> oddsRatio = OddsRatio.of(table);
        OptionalDouble rho = Spearman.rho(severities(sorted, true), severities(sorted, false));
        return new CooccurrenceStats(table, n, withBackPain, withoutBackPain, ratio(oddsRatio, OddsRatio::ratio),
                ratio(oddsRatio, OddsRatio::low), ratio(oddsRatio, OddsRatio::high),
                fisherP(table), phi(table), rho, lagStats(lagTable), CircularShift.p(backPain, headache),
                true, Optional.empty());
    }

    private static List<DayPoint> sortedByDate(List<DayPoint> days) {
        List<DayPoint> sorted = new ArrayList<>(days);
        sorted.forEach(day -> Objects.requireNonNull(day, "day"));
        sorted.sort(Comparator.comparing(DayPoint::date));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).date().equals(sorted.get(i - 1).date())) {
                throw new IllegalArgumentException(sorted.get(i).date() + " is given more than once");
            }
        }
        return sorted;
    }

    /** Back pain on t against headache on t + 1, over consecutive calendar days both recorded. */
    private static Table2x2 lagTable(List<DayPoint> sorted, boolean[] backPain, boolean[] headache) {
        Table2x2 table = new Table2x2(0, 0, 0, 0);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).date().plusDays(1).equals(sorted.get(i).date())) {
                table = table.plus(backPain[i - 1], headache[i]);
            }
        }
        return table;
    }

    private static LagStats lagStats(Table2x2 table) {
        Optional<OddsRatio> oddsRatio = OddsRatio.of(table);
        return new LagStats(table, table.total(), ratio(oddsRatio, OddsRatio::ratio), fisherP(table));
    }

    private static OptionalDouble rate(int part, int whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }

    private static OptionalDouble ratio(Optional<OddsRatio> oddsRatio, ToDoubleFunction<OddsRatio> part) {
        return oddsRatio.map(value -> OptionalDouble.of(part.applyAsDouble(value))).orElse(OptionalDouble.empty());
    }

    private static OptionalDouble fisherP(Table2x2 table) {
        return table.total() == 0 ? OptionalDouble.empty() : OptionalDouble.of(FisherExact.twoSidedP(table));
    }

    /** phi = (ad − bc) / sqrt((a + b)(c + d)(a + c)(b + d)); empty when a margin is 0. */
    static OptionalDouble phi(Table2x2 table) {
        double margins = (double) table.backPainDays() * table.otherDays() * table.headacheDays()
                * table.headacheFreeDays();
        if (margins == 0) {
            return OptionalDouble.empty();
        }
        double cross = (double) table.both() * table.neither() - (double) table.backOnly() * table.headacheOnly();
        return OptionalDouble.of(cross / Math.sqrt(margins));
    }

    private static int[] severities(List<DayPoint> sorted, boolean backPain) {
        return sorted.stream().mapToInt(day -> backPain ? day.backPain() : day.headache()).toArray();
    }
}
