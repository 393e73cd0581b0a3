package org.headback.cli;

import java.time.LocalDate;
import java.util.List;
import org.headback.chart.DateRange;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;

/**
 * The range a chart, the statistics or a report cover: as asked, or the diary's first to last recorded day. An end
 * after today is today (see {@link DateRange#recordable}); every output states the range it covers.
 */
final class ReportRange {
    private ReportRange() {
    }

    /** Throws IllegalArgumentException (exit 1) for a reversed range or one without recorded days. */
    static DateRange resolve(Diary diary, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The range is reversed: --to " + to + " is before --from " + from
                    + ".");
        }
        var today = diary.today();
        if (from != null && from.isAfter(today)) {
            throw new IllegalArgumentException("The range starts after today (--from " + from
                    + "): no day can be recorded in the future.");
        }
        List<DayEntry> all = diary.all();
        if (all.isEmpty()) {
            throw new IllegalArgumentException("The diary has no recorded days yet, so there is nothing to show.");
        }
        var start = from != null ? from : all.get(0).date();
        var end = to != null ? to : (from != null ? today : all.get(all.size() - 1).date());
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("The range is empty: it ends (" + end + ") before it starts ("
                    + start + ").");
        }
        var range = DateRange.recordable(start, end, today).orElseThrow(() -> new IllegalArgumentException(
                "No days are recorded from " + DayEntry.EARLIEST + " on, the earliest day a range can start."));
        if (all.stream().noneMatch(day -> range.contains(day.date()))) {
            throw new IllegalArgumentException("No days are recorded from " + range.from() + " to " + range.to()
                    + ".");
        }
        return range;
    }
}
