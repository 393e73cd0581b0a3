package org.headback.chart;

import java.util.Objects;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.stats.Comparison;
import org.headback.stats.Thresholds;

/** What the before/after chart is drawn from: the two ranges, their comparison and the thresholds it used. */
public record BeforeAfterInput(DateRange before, DateRange after, Comparison comparison, Thresholds thresholds) {
    public BeforeAfterInput {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(thresholds, "thresholds");
    }

    /** The two ranges chosen to compare: checked by the one range check, and sharing no day. */
    public record Ranges(DateRange before, DateRange after) {
        public Ranges {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    public Ranges ranges() {
        return new Ranges(before, after);
    }

    /** As {@link #ofDiary(Diary, DateRange, DateRange, Thresholds)} for the ranges chosen. */
    public static BeforeAfterInput ofDiary(Diary diary, Ranges ranges, Thresholds thresholds) {
        return ofDiary(diary, ranges.before(), ranges.after(), thresholds);
    }

    /** The two ranges compared over the diary's days; the ranges are checked by the caller and do not overlap. */
    public static BeforeAfterInput ofDiary(Diary diary, DateRange before, DateRange after, Thresholds thresholds) {
        var last = before.to().isAfter(after.to()) ? before.to() : after.to();
        var days = diary.between(DayEntry.EARLIEST, last);
        return new BeforeAfterInput(before, after, DiaryPeriods.compare(before, after, days, thresholds),
                thresholds);
    }
}
