package org.headback.clinic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.headback.diary.DayEntry;
import org.headback.text.Words;

/**
 * The last 30 days: today and the 29 days before it, whatever the months. As in {@link MonthCount}, only recorded
 * days count, and with days not recorded the headache count is a floor.
 */
public record RecentDays(LocalDate from, LocalDate to, int recordedDays, int headacheDays, int migraineDays) {
    /** Today and the 29 days before. */
    public static final int LENGTH = 30;

    public RecentDays {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** Counts the 30 days ending with {@code today}. */
    public static RecentDays of(List<DayEntry> days, LocalDate today) {
        var from = today.minusDays(LENGTH - 1L);
        var tally = DayTally.of(days.stream()
                .filter(day -> !day.date().isBefore(from) && !day.date().isAfter(today)).toList());
        return new RecentDays(from, today, tally.recordedDays(), tally.headacheDays(), tally.migraineDays());
    }

    /** How many days the period has: 30. */
    public int length() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean recorded() {
        return recordedDays > 0;
    }

    public boolean complete() {
        return recordedDays >= length();
    }

    /** 15 or more headache days in the 30 days. */
    public boolean atHeadacheLine() {
        return headacheDays >= IchdLines.CHRONIC_HEADACHE_DAYS;
    }

    /**
     * "Last 30 days: 16 headache days (all 30 days recorded).", "Last 30 days: at least 12 headache days (18 of 30
     * days recorded).", "Last 30 days: no headache day (18 of 30 days recorded).", "Last 30 days: not recorded."
     */
    public String sentence() {
        if (!recorded()) {
            return "Last 30 days: not recorded.";
        }
        var coverage = complete() ? "all " + length() + " days recorded" : recordedDays + " of " + length()
                + " days recorded";
        if (headacheDays == 0) {
            return "Last 30 days: no headache day (" + coverage + ").";
        }
        var count = complete() || headacheDays == 0 ? Words.count("headache-day", headacheDays)
                : Words.atLeast("headache-day", headacheDays);
        return "Last 30 days: " + count + " (" + coverage + ").";
    }
}
