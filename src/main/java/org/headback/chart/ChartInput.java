package org.headback.chart;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.diary.Factor;
import org.headback.diary.PreventiveCourse;
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
 * the thresholds, the statistics over them, the attacks recorded on each day that has any, the preventive courses
 * taken on a day of the range, and what goes with the headache days (the factor analysis).
 *
 * @param attacks how many attacks each recorded day of the range has; a day without attacks is absent
 * @param courses the preventive courses that share a day with the range, by start day
 * @param factors every factor against the headache days of the range
 */
public record ChartInput(DateRange range, List<DayPoint> days, Thresholds thresholds, CooccurrenceStats stats,
                         Map<LocalDate, Integer> attacks, List<PreventiveCourse> courses, FactorReport factors) {
    public ChartInput {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(stats, "stats");
        Objects.requireNonNull(factors, "factors");
        days = days.stream().filter(day -> range.contains(day.date())).toList();
        attacks = attacks.entrySet().stream().filter(day -> range.contains(day.getKey()) && day.getValue() > 0)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        courses = courses.stream().filter(course -> !course.start().isAfter(range.to())
                && course.stop().map(stop -> !stop.isBefore(range.from())).orElse(true))
                .sorted(Comparator.comparing(PreventiveCourse::start)).toList();
    }

    /**
     * The input of days without preventive courses, whose factors are not known: back pain is the one factor
     * analysed.
     */
    public ChartInput(DateRange range, List<DayPoint> days, Thresholds thresholds, CooccurrenceStats stats,
                      Map<LocalDate, Integer> attacks) {
        this(range, days, thresholds, stats, attacks, List.of(), FactorAnalysis.compute(days.stream()
                .filter(day -> range.contains(day.date())).map(FactorDay::of).toList(), List.of(),
                FactorSettings.DEFAULT.with(thresholds)));
    }

    /** As {@link #ChartInput(DateRange, List, Thresholds, CooccurrenceStats, Map)}, with no attacks known. */
    public ChartInput(DateRange range, List<DayPoint> days, Thresholds thresholds, CooccurrenceStats stats) {
        this(range, days, thresholds, stats, Map.of());
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
        var inRange = DiaryPoints.of(days).stream().filter(day -> range.contains(day.date())).toList();
        var attacks = days.stream().filter(day -> day.hasAttacks() && range.contains(day.date()))
                .collect(Collectors.toMap(DayEntry::date, day -> day.attacks().size(), Integer::sum));
        return new ChartInput(range, inRange, thresholds, Cooccurrence.compute(inRange, thresholds), attacks,
                List.of(), DiaryFactors.analyse(range, days, factors, settings));
    }

    /** The range's input read from the diary: its days, the user's factors and the preventive courses. */
    public static ChartInput ofDiary(Diary diary, DateRange range, Thresholds thresholds) {
        return ofDiary(diary, range, FactorSettings.DEFAULT.with(thresholds));
    }

    /** As {@link #ofDiary(Diary, DateRange, Thresholds)}, with these cuts for short sleep and high stress. */
    public static ChartInput ofDiary(Diary diary, DateRange range, FactorSettings settings) {
        return ofDiary(range, diary.between(DayEntry.EARLIEST, range.to()), diary.factors(), settings)
                .withCourses(diary.courses());
    }

    /** The same input, with these preventive courses (those sharing a day with the range are kept). */
    public ChartInput withCourses(List<PreventiveCourse> taken) {
        return new ChartInput(range, days, thresholds, stats, attacks, taken, factors);
    }

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
