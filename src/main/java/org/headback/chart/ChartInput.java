package org.headback.chart;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.headback.diary.DayEntry;
import org.headback.diary.DateRange;
import org.headback.diary.Factor;
import org.headback.stats.Cooccurrence;
import org.headback.stats.CooccurrenceStats;
import org.headback.stats.DayPoint;
import org.headback.stats.FactorAnalysis;
import org.headback.stats.FactorDay;
import org.headback.stats.FactorReport;
import org.headback.stats.FactorSettings;
import org.headback.stats.Thresholds;

/**
 * What every chart is drawn from: the range, the recorded days in it (a day not in the list was not recorded),
 * the thresholds, the statistics over them, the attacks recorded on each day that has any, and what goes with the
 * headache days (the factor analysis).
 *
 * @param attacks how many attacks each recorded day of the range has; a day without attacks is absent
 * @param factors every factor against the headache days of the range
 */
public record ChartInput(DateRange range, List<DayPoint> days, Thresholds thresholds, CooccurrenceStats stats,
                         Map<LocalDate, Integer> attacks, FactorReport factors) {
    public ChartInput {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(stats, "stats");
        Objects.requireNonNull(factors, "factors");
        days = days.stream().filter(day -> range.contains(day.date())).toList();
        attacks = attacks.entrySet().stream().filter(day -> range.contains(day.getKey()) && day.getValue() > 0)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The input of days whose attacks and factors are not known: back pain is the one factor analysed. */
    public ChartInput(DateRange range, List<DayPoint> days, Thresholds thresholds, CooccurrenceStats stats) {
        this(range, days, thresholds, stats, Map.of(), FactorAnalysis.compute(days.stream()
                .filter(day -> range.contains(day.date())).map(FactorDay::of).toList(), List.of(),
                FactorSettings.DEFAULT.with(thresholds)));
    }

    /**
     * The input for these diary days, with their attacks, the statistics computed over those in the range, and
     * back pain, short sleep and high stress as the factors (at their usual cuts).
     */
    public static ChartInput ofDiary(DateRange range, List<DayEntry> days, Thresholds thresholds) {
        return ofDiary(range, days, List.of(), FactorSettings.DEFAULT.with(thresholds));
    }

    /**
     * The input for the range, with the user's factors analysed too.
     *
     * @param days recorded days up to the range's end at least: the days before it decide from when each factor is
     *             known
     */
    public static ChartInput ofDiary(DateRange range, List<DayEntry> days, List<Factor> factors,
                                     FactorSettings settings) {
        var thresholds = settings.thresholds();
        var input = of(range, DiaryPoints.of(days), thresholds);
        var attacks = days.stream().filter(day -> day.hasAttacks() && range.contains(day.date()))
                .collect(Collectors.toMap(DayEntry::date, day -> day.attacks().size(), Integer::sum));
        return new ChartInput(range, input.days(), thresholds, input.stats(), attacks,
                DiaryFactors.analyse(range, days, factors, settings));
    }

    /** Whether any day of the range has an attack recorded. */
    public boolean hasAttacks() {
        return !attacks.isEmpty();
    }

    /** The input for these days, with the statistics computed over those in the range. */
    public static ChartInput of(DateRange range, List<DayPoint> days, Thresholds thresholds) {
        var inRange = days.stream().filter(day -> range.contains(day.date())).toList();
        return new ChartInput(range, inRange, thresholds, Cooccurrence.compute(inRange, thresholds));
    }

    public Map<LocalDate, DayPoint> byDate() {
        var map = new HashMap<LocalDate, DayPoint>();
        days.forEach(day -> map.put(day.date(), day));
        return map;
    }

    public boolean isBackPainDay(DayPoint day) {
        return thresholds.isBackPainDay(day);
    }

    public boolean isHeadacheDay(DayPoint day) {
        return thresholds.isHeadacheDay(day);
    }
}
