package org.headback.chart;

import java.util.EnumSet;
import java.util.List;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.diary.HeadacheKind;
import org.headback.stats.BeforeAfter;
import org.headback.stats.Comparison;
import org.headback.stats.Measure;
import org.headback.stats.PeriodDay;
import org.headback.stats.Thresholds;

/**
 * The diary's days as the before/after comparison reads them. A headache day and a back-pain day are as the
 * thresholds say; a migraine day is a headache day with a migraine (the day's kind, or any of its attacks'); an
 * acute-medication day is one with any acute medication recorded.
 */
public final class DiaryPeriods {
    private DiaryPeriods() {
    }

    /** The comparison of the recorded days of the two ranges. */
    public static Comparison compare(DateRange before, DateRange after, List<DayEntry> days, Thresholds thresholds) {
        return BeforeAfter.compare(inRange(before, days, thresholds), inRange(after, days, thresholds));
    }

    private static List<PeriodDay> inRange(DateRange range, List<DayEntry> days, Thresholds thresholds) {
        return days.stream().filter(day -> range.contains(day.date())).map(day -> of(day, thresholds)).toList();
    }

    static PeriodDay of(DayEntry day, Thresholds thresholds) {
        var counts = EnumSet.noneOf(Measure.class);
        if (day.headache() >= thresholds.headache()) {
            counts.add(Measure.HEADACHE_DAYS);
            if (isMigraine(day)) {
                counts.add(Measure.MIGRAINE_DAYS);
            }
        }
        if (!day.medications().isEmpty()) {
            counts.add(Measure.ACUTE_MEDICATION_DAYS);
        }
        if (day.backPain() >= thresholds.backPain()) {
            counts.add(Measure.BACK_PAIN_DAYS);
        }
        return new PeriodDay(day.date(), counts);
    }

    private static boolean isMigraine(DayEntry day) {
        return day.headacheKind().filter(HeadacheKind.MIGRAINE::equals).isPresent() || day.attacks().stream()
                .anyMatch(attack -> attack.kind().filter(HeadacheKind.MIGRAINE::equals).isPresent());
    }
}
