package org.headback.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.headback.diary.DayEntry;
import org.headback.diary.DayText;
import org.headback.reminder.ReminderSettings;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How the command line reads typed values (dates, whole numbers, file names), registered once for every command. A
 * value that does not fit says what form was expected in plain words; {@link UsageErrorHandler} puts the option's
 * name in front of it ("--from: 2026-1-1 is not a date in the form yyyy-MM-dd").
 */
final class TypedValues {
    private TypedValues() {
    }

    /** Makes every command, and every subcommand already added, read dates, times, numbers and file names this way. */
    static CommandLine registerAll(CommandLine commandLine) {
        var whole = new WholeNumber();
        return commandLine.registerConverter(LocalDate.class, new Day())
                .registerConverter(LocalTime.class, TypedValues::timeOfDay)
                .registerConverter(Integer.class, whole)
                .registerConverter(Integer.TYPE, whole)
                .registerConverter(Path.class, TypedValues::fileName);
    }

    /** A file name this system accepts (one with a NUL character, for one, it does not). */
    static Path fileName(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException(value.replace("\0", "\\0") + " is not a file name this system "
                    + "accepts (" + e.getReason() + ")");
        }
    }

    /** A time of day written HH:MM, 00:00 to 23:59. */
    static LocalTime timeOfDay(String value) {
        return ReminderSettings.time(value).orElseThrow(() ->
                new TypeConversionException(ReminderSettings.notATime(value)));
    }

    /** A day written yyyy-MM-dd, no earlier than the earliest day a diary takes. */
    static final class Day implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            var date = DayText.calendarDate(value).orElseThrow(() ->
                    new TypeConversionException(value + " is not a date in the form yyyy-MM-dd"));
            if (date.isBefore(DayEntry.EARLIEST)) {
                throw new TypeConversionException(DayEntry.tooEarly(date));
            }
            return date;
        }
    }

    /** A whole number such as 3 or 2400. */
    static final class WholeNumber implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            var digits = value.strip();
            try {
                return Integer.valueOf(digits);
            } catch (NumberFormatException e) {
                throw new TypeConversionException(value + (digits.matches("[+-]?\\d+") ? " is far too large"
                        : " is not a whole number"));
            }
        }
    }
}
