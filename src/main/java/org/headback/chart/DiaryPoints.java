package org.headback.chart;

import java.util.List;
import org.headback.diary.DayEntry;
import org.headback.stats.DayPoint;

/** The diary's days as the statistics and charts read them: date and the two severities. */
public final class DiaryPoints {
    private DiaryPoints() {
    }

    public static List<DayPoint> of(List<DayEntry> days) {
        return days.stream().map(day -> new DayPoint(day.date(), day.backPain(), day.headache())).toList();
    }
}
