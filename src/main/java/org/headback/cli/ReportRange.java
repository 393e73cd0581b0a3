package org.headback.cli;

import java.time.LocalDate;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;

/**
 * The range a chart, the statistics, a report, an export or a listing cover: as asked, or the diary's first to last
 * recorded day. An end after the last day a range can reach ({@link Diary#latestDay}) is that day (see
 * {@link DateRange#recordable}); every output states the range it covers. Every command checks the range it was
 * given here, so that each says what is wrong with it in the same words.
 */
final class ReportRange {
    private ReportRange() {
    }

    /**
     * Throws IllegalArgumentException (exit 1) for a range that {@link DateRange#problem} refuses.
     */
    static void check(Diary diary, LocalDate from, LocalDate to) {
        DateRange.problem(from, to, diary.latestDay(), diary.today(), DateRange.Ends.OPTIONS).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /** Throws IllegalArgumentException (exit 1) as {@link #check} does, and for a range without recorded days. */
    static DateRange resolve(Diary diary, LocalDate from, LocalDate to) {
        check(diary, from, to);
        var latest = diary.latestDay();
        var first = diary.firstRecordedDay().orElseThrow(() -> new IllegalArgumentException(
                "The diary has no recorded days yet, so there is nothing to show."));
        var start = from != null ? from : first;
        var end = to != null ? to : (from != null ? latest : diary.lastRecordedDay().orElseThrow());
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("The range is empty: it ends (" + end + ") before it starts ("
                    + start + ").");
        }
        var range = DateRange.recordable(start, end, latest).orElseThrow(() -> new IllegalArgumentException(
                "No days are recorded from " + DayEntry.EARLIEST + " on, the earliest day a range can start."));
        if (diary.between(range.from(), range.to()).isEmpty()) {
            throw new IllegalArgumentException("No days are recorded from " + range.from() + " to " + range.to()
                    + ".");
        }
        return range;
    }
}
