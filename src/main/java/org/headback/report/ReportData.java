package org.headback.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.headback.chart.ChartInput;
import org.headback.chart.DateRange;
import org.headback.chart.DiaryPoints;
import org.headback.diary.DayEntry;
import org.headback.stats.Thresholds;

/**
 * What a report is made from: the range, the diary's recorded days in it, the thresholds, the statistics over those
 * days (computed once, here), and the day the report was made.
 */
public final class ReportData {
    private final List<DayEntry> days;
    private final ChartInput input;
    private final LocalDate made;

    private ReportData(List<DayEntry> days, ChartInput input, LocalDate made) {
        this.days = days;
        this.input = input;
        this.made = made;
    }

    /**
     * The report over {@code range}: days outside it are left out. Throws IllegalArgumentException when no day in
     * the range is recorded, since such a report would say nothing.
     */
    public static ReportData of(DateRange range, List<DayEntry> days, Thresholds thresholds, LocalDate made) {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(made, "made");
        var inRange = days.stream().filter(day -> range.contains(day.date())).toList();
        if (inRange.isEmpty()) {
            throw new IllegalArgumentException("No days are recorded from " + range.from() + " to " + range.to()
                    + ".");
        }
        return new ReportData(inRange, ChartInput.of(range, DiaryPoints.of(inRange), thresholds), made);
    }

    public DateRange range() {
        return input.range();
    }

    /** The recorded days of the range, in date order. */
    public List<DayEntry> days() {
        return days;
    }

    /** The severities, thresholds and statistics that the charts and figures are drawn from. */
    public ChartInput input() {
        return input;
    }

    public Thresholds thresholds() {
        return input.thresholds();
    }

    public LocalDate made() {
        return made;
    }
}
