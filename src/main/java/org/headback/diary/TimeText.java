package org.headback.diary;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Times of day (HH:MM) and durations (3h, 45m, 2h30m) as a day's text writes them; the one way HeadBack reads and
 * writes a time of day (the reminder's too).
 */
public final class TimeText {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Pattern DURATION = Pattern.compile(
            "(?:(\\d{1,4})\\s*h(?:ours?|rs?)?)?\\s*(?:(\\d{1,6})\\s*m(?:in(?:ute)?s?)?)?");
    /** A duration written as a clock reads it, hours and minutes: 1:30. */
    private static final Pattern CLOCK_DURATION = Pattern.compile("(\\d{1,2}):([0-5]\\d)");
    private static final int MINUTES_AN_HOUR = 60;

    private TimeText() {
    }

    /** A time of day written H:MM or HH:MM, 00:00 to 23:59; {@code what} names it in the message. */
    static LocalTime time(DayField field, String what, String text) {
        var value = text.strip();
        return timeOfDay(value).orElseThrow(() -> new InvalidValueException(field, what + " " + DayText.quoted(value)
                + " is not a time of day from 00:00 to 23:59"));
    }

    /** A time of day written H:MM or HH:MM, 00:00 to 23:59; empty for anything else ("25:00", "8pm"). */
    public static Optional<LocalTime> timeOfDay(String text) {
        var matcher = TIME.matcher(text.strip());
        if (matcher.matches()) {
            int hour = Integer.parseInt(matcher.group(1));
            int minute = Integer.parseInt(matcher.group(2));
            if (hour < 24 && minute < MINUTES_AN_HOUR) {
                return Optional.of(LocalTime.of(hour, minute));
            }
        }
        return Optional.empty();
    }

    /** "14:05". */
    public static String timeText(LocalTime time) {
        return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }

    /** A duration written in hours and minutes: 3h, 45m, 2h30m, also 90 min, 2 hours or 1:30. */
    static Duration duration(DayField field, String what, String text) {
        var value = text.strip().toLowerCase(Locale.ROOT);
        var clock = CLOCK_DURATION.matcher(value);
        if (clock.matches()) {
            return Duration.ofMinutes(Long.parseLong(clock.group(1)) * MINUTES_AN_HOUR
                    + Long.parseLong(clock.group(2)));
        }
        var matcher = DURATION.matcher(value);
        if (value.isEmpty() || !matcher.matches()) {
            throw new InvalidValueException(field, what + " " + DayText.quoted(text.strip())
                    + " is not hours and minutes such as 3h, 45m or 2h30m");
        }
        long hours = matcher.group(1) == null ? 0 : Long.parseLong(matcher.group(1));
        long minutes = matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2));
        return Duration.ofMinutes(hours * MINUTES_AN_HOUR + minutes);
    }

    /** "3h", "45m", "2h30m", as {@link #duration} reads it; "0m" for none. */
    static String durationText(Duration duration) {
        long minutes = duration.toMinutes();
        long hours = minutes / MINUTES_AN_HOUR;
        long rest = minutes % MINUTES_AN_HOUR;
        if (hours == 0) {
            return rest + "m";
        }
        return rest == 0 ? hours + "h" : hours + "h" + rest + "m";
    }
}
