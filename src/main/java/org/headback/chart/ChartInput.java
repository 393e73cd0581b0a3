package org.headback.chart;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.headback.diary.DateRange;
import org.headback.stats.Cooccurrence;
import org.headback.stats.CooccurrenceStats;
import org.headback.stats.DayPoint;
import org.headback.stats.Thresholds;

/**
 * What every chart is drawn from: the range, the recorded days in it (a day not in the list was not recorded),
 * the thresholds, and the statistics over them.
 */
public record ChartInput(DateRange range, List<DayPoint> days, Thresholds thresholds, CooccurrenceStats stats) {
    public ChartInput {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(stats, "stats");
        days = days.stream().filter(day -> range.contains(day.date())).toList();
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
