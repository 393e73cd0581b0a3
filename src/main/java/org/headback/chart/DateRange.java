package org.headback.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.headback.diary.DayEntry;

/**
 * The days a chart, the statistics or a report cover, both ends included. A range never starts before
 * {@link DayEntry#EARLIEST}: the charts' date axis cannot show an earlier day, and no diary takes one.
 */
public record DateRange(LocalDate from, LocalDate to) {
    /** "1 Sep 2026", as ranges are shown. */
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The range ends (" + to + ") before it starts (" + from + ").");
        }
        if (from.isBefore(DayEntry.EARLIEST)) {
            throw new IllegalArgumentException("The range starts too early: " + DayEntry.tooEarly(from) + ".");
        }
    }

    /**
     * The days from {@code from} to {@code to} that a diary can hold: a range cannot end after {@code today}, the
     * last day a range can reach ({@link org.headback.diary.Diary#latestDay}: today, or a later day recorded already),
     * so a later end is that day, and it starts on {@link DayEntry#EARLIEST} at the earliest (a day
     * that an older version saved before it stays in the diary, but no range reaches it). Empty when no such day is
     * left.
     */
    public static Optional<DateRange> recordable(LocalDate from, LocalDate to, LocalDate today) {
        var start = from.isBefore(DayEntry.EARLIEST) ? DayEntry.EARLIEST : from;
        var end = to.isAfter(today) ? today : to;
        return end.isBefore(start) ? Optional.empty() : Optional.of(new DateRange(start, end));
    }

    /**
     * What is wrong with a range chosen in the window's date pickers, or empty when it can be shown (see
     * {@link #recordable}: a last day after today is fine, and means today).
     */
    public static Optional<String> problem(LocalDate from, LocalDate to, LocalDate today) {
        if (from == null || to == null) {
            return Optional.of("Choose the first and the last day.");
        }
        if (to.isBefore(from)) {
            return Optional.of("The last day is before the first.");
        }
        if (from.isBefore(DayEntry.EARLIEST)) {
            return Optional.of("The first day is before " + DayEntry.EARLIEST + ", the earliest day a diary takes.");
        }
        return from.isAfter(today) ? Optional.of("The first day is in the future.") : Optional.empty();
    }

    /** The last {@code days} days up to and including {@code today}. */
    public static DateRange lastDays(int days, LocalDate today) {
        return new DateRange(today.minusDays(days - 1L), today);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** "1 Sep 2026 – 30 Nov 2026", for titles. */
    public String describe() {
        return from.format(SHOWN) + " – " + to.format(SHOWN);
    }
}
