package org.headback.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/** The days a chart covers, both ends included. */
public record DateRange(LocalDate from, LocalDate to) {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The range ends (" + to + ") before it starts (" + from + ").");
        }
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
