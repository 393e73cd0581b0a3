package org.headback.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * What goes with headache days: each factor against headache days, on the same day and on the next, with the
 * figures of {@link Cooccurrence} and Holm's adjustment for testing many factors at once.
 *
 * <p>The factors: the back pain of the day (known on every recorded day), short sleep (known on days with sleep hours
 * filled in), high stress (known on days with stress filled in) and each of the user's yes/no factors, known on the
 * days the diary's known-from rule says it is known (the caller's {@link FactorDay#factors()}): from the first day it
 * was ever ticked onward; before that the user was not tracking it yet, and it is unknown, not absent.
 *
 * <p>Same day: the recorded days on which the factor is known. Next day: the pairs of a recorded day on which the
 * factor is known and the calendar day after it, also recorded (the factor on d, the headache on d + 1); a gap breaks
 * the pair. Each family is adjusted on its own.
 *
 * <p>Enough data: at least {@link #MIN_KNOWN} known days (pairs), at least {@link #MIN_EACH} with the factor and as
 * many without, and at least one headache day and one headache-free day among them.
 */
public final class FactorAnalysis {
    public static final int MIN_KNOWN = 14;
    public static final int MIN_EACH = 5;

    private FactorAnalysis() {
    }

    /**
     * The figures of every factor over the days given.
     *
     * @param days        the recorded days of the range, in any order, each date at most once
     * @param userFactors the names of the user's factors to analyse; one known on no day has no figures
     */
    public static FactorReport compute(List<FactorDay> days, Collection<String> userFactors,
                                       FactorSettings settings) {
        Objects.requireNonNull(settings, "settings");
        var sorted = sorted(days);
        var factors = factors(userFactors, settings);
        var sameDay = new ArrayList<FactorFigures>();
        var nextDay = new ArrayList<FactorFigures>();
        var headache = headacheDays(sorted, settings.thresholds());
        for (var factor : factors) {
            sameDay.add(figures(factor, sameDaySeries(sorted, headache, factor), "day"));
            nextDay.add(figures(factor, nextDaySeries(sorted, headache, factor), "pair"));
        }
        return new FactorReport(sorted.size(), settings, holm(sameDay), holm(nextDay));
    }

    private static List<FactorDay> sorted(List<FactorDay> days) {
        var byDate = new TreeMap<LocalDate, FactorDay>();
        for (var day : days) {
            if (byDate.put(day.date(), day) != null) {
                throw new IllegalArgumentException(day.date() + " is given more than once");
            }
        }
        return List.copyOf(byDate.values());
    }

    /** Back pain, short sleep, high stress, then the user's factors in the order of their names. */
    private static List<KnownFactor> factors(Collection<String> userFactors, FactorSettings settings) {
        var factors = new ArrayList<KnownFactor>();
        factors.add(KnownFactor.backPain(settings.thresholds()));
        factors.add(KnownFactor.shortSleep(settings.shortSleepHours()));
        factors.add(KnownFactor.highStress(settings.highStress()));
        userFactors.stream().distinct().sorted().forEach(name -> factors.add(KnownFactor.user(name)));
        return factors;
    }

    private static boolean[] headacheDays(List<FactorDay> sorted, Thresholds thresholds) {
        boolean[] headache = new boolean[sorted.size()];
        for (int i = 0; i < headache.length; i++) {
            headache[i] = sorted.get(i).headache() >= thresholds.headache();
        }
        return headache;
    }

    private static Series sameDaySeries(List<FactorDay> sorted, boolean[] headache, KnownFactor factor) {
        var series = new Series(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            var value = factor.on(sorted.get(i));
            if (value.isPresent()) {
                series.add(value.get(), headache[i]);
            }
        }
        return series;
    }

    private static Series nextDaySeries(List<FactorDay> sorted, boolean[] headache, KnownFactor factor) {
        var series = new Series(sorted.size());
        for (int i = 0; i + 1 < sorted.size(); i++) {
            if (!sorted.get(i).date().plusDays(1).equals(sorted.get(i + 1).date())) {
                continue;
            }
            var value = factor.on(sorted.get(i));
            if (value.isPresent()) {
                series.add(value.get(), headache[i + 1]);
            }
        }
        return series;
    }

    private static FactorFigures figures(KnownFactor factor, Series series, String unit) {
        var table = series.table();
        var reason = FactorReasons.reason(table, unit);
        var none = OptionalDouble.empty();
        if (reason.isPresent()) {
            return new FactorFigures(factor.name(), factor.kind(), table.total(), table, none, none, none, none, none,
                    none, none, none, false, reason, FactorVerdict.NOT_ENOUGH_DATA);
        }
        var odds = OddsRatio.of(table).orElseThrow();
        return new FactorFigures(factor.name(), factor.kind(), table.total(), table,
                OptionalDouble.of((double) table.both() / table.backPainDays()),
                OptionalDouble.of((double) table.headacheOnly() / table.otherDays()),
                OptionalDouble.of(odds.ratio()), OptionalDouble.of(odds.low()), OptionalDouble.of(odds.high()),
                OptionalDouble.of(FisherExact.twoSidedP(table)), none, series.shiftTestP(), true, Optional.empty(),
                FactorVerdict.NO_CLEAR_LINK);
    }

    /** The family with Holm's adjustment over the factors that have enough data. */
    private static List<FactorFigures> holm(List<FactorFigures> family) {
        var tested = family.stream().filter(FactorFigures::enoughData).toList();
        double[] adjusted = Holm.adjust(tested.stream().mapToDouble(figures -> figures.fisherP().getAsDouble())
                .toArray());
        var result = new ArrayList<FactorFigures>(family.size());
        int next = 0;
        for (var figures : family) {
            result.add(figures.enoughData() ? figures.withHolmP(adjusted[next++]) : figures);
        }
        return List.copyOf(result);
    }

    /** The known days (pairs) of one factor, in date order: the factor's flag and the headache's. */
    private static final class Series {
        private final boolean[] factor;
        private final boolean[] headache;
        private int size;
        private Table2x2 table = new Table2x2(0, 0, 0, 0);

        Series(int capacity) {
            factor = new boolean[capacity];
            headache = new boolean[capacity];
        }

        void add(boolean withFactor, boolean withHeadache) {
            factor[size] = withFactor;
            headache[size] = withHeadache;
            size++;
            table = table.plus(withFactor, withHeadache);
        }

        Table2x2 table() {
            return table;
        }

        OptionalDouble shiftTestP() {
            return CircularShift.p(java.util.Arrays.copyOf(factor, size), java.util.Arrays.copyOf(headache, size));
        }
    }
}
