package org.headback.diary;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.headback.text.Dates;

/**
 * The days a chart, the statistics, a report or an export cover, both ends included. A range never starts before
 * {@link DayEntry#EARLIEST}: the charts' date axis cannot show an earlier day, and no diary takes one.
 */
public record DateRange(LocalDate from, LocalDate to) {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("org.headback.diary.ranges", Locale.ROOT);

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
     * The days from {@code from} to {@code to} that a diary can hold: a range cannot end after {@code latest}, the
     * last day a range can reach ({@link org.headback.diary.Diary#latestDay}: today, or a later day recorded already),
     * so a later end is that day, and it starts on {@link DayEntry#EARLIEST} at the earliest (a day
     * that an older version saved before it stays in the diary, but no range reaches it). Empty when no such day is
     * left.
     */
    public static Optional<DateRange> recordable(LocalDate from, LocalDate to, LocalDate latest) {
        var start = from.isBefore(DayEntry.EARLIEST) ? DayEntry.EARLIEST : from;
        var end = to.isAfter(latest) ? latest : to;
        return end.isBefore(start) ? Optional.empty() : Optional.of(new DateRange(start, end));
    }

    /**
     * The one check of a range the user gave, on the command line or in the window: what is wrong with it, or empty
     * when it can be shown. A range is wrong when an end it needs is missing, when it is reversed, when it starts
     * before {@link DayEntry#EARLIEST}, or when it starts after {@code latest}, the last day a range can reach
     * ({@link org.headback.diary.Diary#latestDay}: {@code today}, or a later day recorded already). A last day after
     * {@code latest} is fine: it means that day (see {@link #recordable}). The words name the ends as {@code ends}
     * does.
     */
    public static Optional<String> problem(LocalDate from, LocalDate to, LocalDate latest, LocalDate today,
                                           Ends ends) {
        if (ends.required() && (from == null || to == null)) {
            return Optional.of(say("range.missing", ends.from(), ends.to(), latest));
        }
        if (from != null && to != null && to.isBefore(from)) {
            return Optional.of(say("range.reversed", ends.from(from), ends.to(to), latest));
        }
        if (from != null && from.isBefore(DayEntry.EARLIEST)) {
            return Optional.of(say("range.early", ends.from(from), "", latest));
        }
        if (from != null && from.isAfter(latest)) {
            return Optional.of(say(latest.equals(today) ? "range.future" : "range.ahead", ends.from(from), "",
                    ends.written().apply(latest)));
        }
        return Optional.empty();
    }

    private static String say(String key, String from, String to, Object latest) {
        return new MessageFormat(MESSAGES.getString(key), Locale.ENGLISH).format(new Object[] {from, to,
            latest.toString(), DayEntry.EARLIEST.toString()});
    }

    /**
     * How a range's two ends are named in what is wrong with it: by option on the command line ("--from
     * 2026-03-01"), by field in the window ("the first day 1 Mar 2026"); whether both ends must be given.
     */
    public record Ends(String from, String to, Function<LocalDate, String> written, boolean required) {
        /** The command line's: --from and --to, days written yyyy-MM-dd, either end may be left out. */
        public static final Ends OPTIONS = new Ends("--from", "--to", LocalDate::toString, false);

        public Ends {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(written, "written");
        }

        /** The window's: the first day and the last day, days written as {@code written} writes them. */
        public static Ends fields(Function<LocalDate, String> written, boolean required) {
            return new Ends("the first day", "the last day", written, required);
        }

        String from(LocalDate day) {
            return from + " " + written.apply(day);
        }

        String to(LocalDate day) {
            return to + " " + written.apply(day);
        }
    }

    /** Whether a range can reach this day: from {@link DayEntry#EARLIEST} to {@code latest}, both included. */
    public static boolean reaches(LocalDate day, LocalDate latest) {
        return !day.isBefore(DayEntry.EARLIEST) && !day.isAfter(latest);
    }

    /** The last {@code days} days up to and including {@code today}. */
    public static DateRange lastDays(int days, LocalDate today) {
        return new DateRange(today.minusDays(days - 1L), today);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Whether the two ranges share a day. */
    public boolean overlaps(DateRange other) {
        return !to.isBefore(other.from) && !other.to.isBefore(from);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** "Sep 1, 2026 – Nov 30, 2026" (US), for titles. */
    public String describe() {
        return Dates.ofUser().shown(from) + " – " + Dates.ofUser().shown(to);
    }
}
