package org.headback.chart;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.headback.diary.DayEntry;
import org.headback.diary.DateRange;
import org.headback.diary.Diary;
import org.headback.diary.PreventiveCourse;
import org.headback.stats.Cooccurrence;
import org.headback.stats.CooccurrenceStats;
import org.headback.stats.DayPoint;
import org.headback.stats.Thresholds;

/**
 * What every chart is drawn from: the range, the recorded days in it (a day not in the list was not recorded),
 * the thresholds, the statistics over them, the attacks recorded on each day that has any, and the preventive
 * courses taken on a day of the range.
 *
 * @param attacks how many attacks each recorded day of the range has; a day without attacks is absent
 * @param courses the preventive courses that share a day with the range, by start day
 */
public record ChartInput(DateRange range, List<DayPoint> days, Thresholds thresholds, CooccurrenceStats stats,
                         Map<LocalDate, Integer> attacks, List<PreventiveCourse> courses) {
    public ChartInput {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(stats, "stats");
        days = days.stream().filter(day -> range.contains(day.date())).toList();
        attacks = attacks.entrySet().stream().filter(day -> range.contains(day.getKey()) && day.getValue() > 0)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        courses = courses.stream().filter(course -> !course.start().isAfter(range.to())
                && course.stop().map(stop -> !stop.isBefore(range.from())).orElse(true))
                .sorted(Comparator.comparing(PreventiveCourse::start)).toList();
    }

    /** The input of days without preventive courses. */
    public ChartInput(DateRange range, List<DayPoint> days, Thresholds thresholds, CooccurrenceStats stats,
                      Map<LocalDate, Integer> attacks) {
        this(range, days, thresholds, stats, attacks, List.of());
    }

    /** The input of days whose attacks are not known. */
    public ChartInput(DateRange range, List<DayPoint> days, Thresholds thresholds, CooccurrenceStats stats) {
        this(range, days, thresholds, stats, Map.of());
    }

    /** The input for these diary days, with their attacks, the statistics computed over those in the range. */
    public static ChartInput ofDiary(DateRange range, List<DayEntry> days, Thresholds thresholds) {
        var input = of(range, DiaryPoints.of(days), thresholds);
        var attacks = days.stream().filter(DayEntry::hasAttacks)
                .collect(Collectors.toMap(DayEntry::date, day -> day.attacks().size(), Integer::sum));
        return new ChartInput(range, input.days(), thresholds, input.stats(), attacks);
    }

    /** The range's recorded days and preventive courses, read from the diary. */
    public static ChartInput ofDiary(Diary diary, DateRange range, Thresholds thresholds) {
        return ofDiary(range, diary.between(range.from(), range.to()), thresholds).withCourses(diary.courses());
    }

    /** The same input, with these preventive courses (those sharing a day with the range are kept). */
    public ChartInput withCourses(List<PreventiveCourse> taken) {
        return new ChartInput(range, days, thresholds, stats, attacks, taken);
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
