package org.headback.text;

import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one way the window writes and reads a date, following the user's locale: the order of day, month and year and
 * the first day of the week are the locale's; the names of months and weekdays are in the window's language
 * (English). A date field takes the locale's short form ("12/1/2026" in the US, "01/12/2026" in the UK), the written
 * form the window shows ("Dec 1, 2026"), and ISO ({@code 2026-12-01}) everywhere.
 *
 * <p>Everything a person reads writes a day in {@link #shown} form: the window, the charts and the report for the
 * doctor alike (a report is read by the person who made it, or handed over in the same country). Months are written
 * in {@link #month} or, where room is short, {@link #shortMonth} form. Machine forms (CSV, command-line arguments,
 * file names, stored values) stay ISO and do not come here.
 */
public final class Dates {
    private static final Locale WORDS = Locale.ENGLISH;
    private static final DateTimeFormatter ISO = strict("uuuu-M-d");
    private static volatile Dates user;

    private final Locale locale;
    private final DateTimeFormatter shown;
    private final DateTimeFormatter withWeekday;
    private final DateTimeFormatter month;
    private final DateTimeFormatter shortMonth;
    private final DateTimeFormatter monthName;
    private final DateTimeFormatter numeric;
    private final String dayAndMonth;
    private final List<DateTimeFormatter> readers;

    private Dates(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        shown = strict(pattern(FormatStyle.MEDIUM));
        withWeekday = strict(pattern(FormatStyle.FULL));
        month = DateTimeFormatter.ofPattern("MMMM uuuu", WORDS);
        shortMonth = DateTimeFormatter.ofPattern("MMM uuuu", WORDS);
        monthName = DateTimeFormatter.ofPattern("MMM", WORDS);
        dayAndMonth = pattern(FormatStyle.MEDIUM).replaceAll("[,./\\- ]*u+[,./\\- ]*", "").strip();
        var shortPattern = pattern(FormatStyle.SHORT);
        numeric = strict(shortPattern.replaceAll("u+", "uuuu"));
        var anyWidth = shortPattern.replace("dd", "d").replace("MM", "M");
        readers = List.of(ISO, strict(anyWidth.replaceAll("u+", "uuuu")), strict(anyWidth.replaceAll("u+", "uu")),
                shown, withWeekday);
    }

    /** The dates of the user's locale (its format category), as the window shows them. */
    public static Dates ofUser() {
        var locale = Locale.getDefault(Locale.Category.FORMAT);
        var known = user;
        if (known == null || !known.locale.equals(locale)) {
            known = of(locale);
            user = known;
        }
        return known;
    }

    public static Dates of(Locale locale) {
        return new Dates(locale);
    }

    /** The locale's pattern for the style, with the proleptic year ("u") so that a strict reading takes it. */
    private String pattern(FormatStyle style) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE, locale)
                .replaceAll("y+", "uuuu").replace("uuuuuuuu", "uuuu");
    }

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(WORDS)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** "Dec 1, 2026" (US) or "1 Dec 2026" (UK): how the window writes a day in lists, messages and fields. */
    public String shown(LocalDate date) {
        return shown.format(date);
    }

    /** "Tuesday, December 1, 2026": a day with its weekday, for headings. */
    public String withWeekday(LocalDate date) {
        return withWeekday.format(date);
    }

    /** "December 2026". */
    public String month(YearMonth month) {
        return this.month.format(month);
    }

    /** "Dec 2026": a month where room is short (chart axes, the counts table). */
    public String shortMonth(YearMonth month) {
        return shortMonth.format(month);
    }

    /** "Dec": a month's name alone, where the year is written elsewhere (a calendar grid's columns). */
    public String monthName(YearMonth month) {
        return monthName.format(month);
    }

    /**
     * "Dec 1" (US) or "1 Dec" (UK): a day without its year, in the order of {@link #shown}, for a chart's date axis
     * where the year is written in the chart's title. A new format each time: a {@link DateFormat} is not safe to share
     * between threads.
     */
    public DateFormat dayAndMonthFormat() {
        return new SimpleDateFormat(dayAndMonth, WORDS);
    }

    /** "12/1/2026" (US) or "01/12/2026" (UK): the locale's short numeric form, with the year in full. */
    public String numeric(LocalDate date) {
        return numeric.format(date);
    }

    /** Of the two forms a field takes, the one to show as its example: "12/1/2026 or 2026-12-01". */
    public String example(LocalDate date) {
        return numeric(date) + " or " + date;
    }

    /**
     * The date typed: in the locale's short form (with the year in full or in two digits, meaning 2000–2099), as the
     * window writes it, or ISO. Empty when the text is none of these or names no real day (2026-02-30).
     */
    public Optional<LocalDate> read(String text) {
        var typed = text == null ? "" : text.strip();
        for (var reader : readers) {
            try {
                return Optional.of(LocalDate.parse(typed, reader));
            } catch (DateTimeParseException e) {
                // Not in this form; try the next.
            }
        }
        return Optional.empty();
    }

    /** The first day of the week in the user's locale, for the calendar and the date pickers. */
    public DayOfWeek firstDayOfWeek() {
        return WeekFields.of(locale).getFirstDayOfWeek();
    }
}
