package org.headback.reminder;

import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.headback.diary.TimeText;

/**
 * Whether the reminder is on, and at what time of day, as kept in the data folder's settings. Off until the user
 * turns it on; 20:00 until another time is chosen. A value that cannot be read is taken as its default.
 *
 * @param on whether the reminder is on
 * @param at the time of day it reminds, if the day is not recorded by then
 */
public record ReminderSettings(boolean on, LocalTime at) {
    public static final LocalTime DEFAULT_TIME = LocalTime.of(20, 0);
    public static final ReminderSettings DEFAULTS = new ReminderSettings(false, DEFAULT_TIME);

    static final String ON = "reminder.on";
    static final String AT = "reminder.at";

    public ReminderSettings {
        Objects.requireNonNull(at, "at");
        at = at.withSecond(0).withNano(0);
    }

    /** The settings as kept; a value missing or unreadable is its default. */
    public static ReminderSettings fromMap(Map<String, String> values) {
        return new ReminderSettings(Boolean.parseBoolean(values.get(ON)),
                Optional.ofNullable(values.get(AT)).flatMap(ReminderSettings::time).orElse(DEFAULT_TIME));
    }

    public Map<String, String> toMap() {
        return Map.of(ON, Boolean.toString(on), AT, shown(at));
    }

    /** A time of day written HH:MM, 00:00 to 23:59 ("20:00", "7:30"); empty for anything else ("25:00", "8pm"). */
    public static Optional<LocalTime> time(String text) {
        return TimeText.timeOfDay(text);
    }

    /** Why the text is not a time the reminder takes, in the words the command line and the window both use. */
    public static String notATime(String text) {
        return text + " is not a time of day in the form HH:MM, from 00:00 to 23:59 (8 pm is 20:00)";
    }

    /** The time as the window and the command line show it: "20:00". */
    public static String shown(LocalTime time) {
        return TimeText.timeText(time);
    }

    public ReminderSettings turnedOn(LocalTime time) {
        return new ReminderSettings(true, time);
    }

    public ReminderSettings turnedOff() {
        return new ReminderSettings(false, at);
    }
}
