package org.headback.diary.other;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What another diary's export holds, read and checked but not yet mapped to HeadBack's days: the user's trackables
 * and every value of them, each with the line it is on.
 *
 * @param layout    which of the app's export layouts the file has, in words ("the export since November 2021")
 * @param entryDays the days with at least one row, each with the first line of it
 * @param rows      the file's rows, its header not counted
 * @param notUsed   what the file holds that HeadBack has no place for, in words ("Foods, on 3 check-ins")
 */
public record OtherDiary(String fileName, Source source, String layout, List<Trackable> trackables,
                         List<Reading> readings, List<Intake> intakes, List<Mark> tags, List<Mark> notes,
                         NavigableMap<LocalDate, Long> entryDays, long rows, List<String> notUsed)
        implements DiaryFile {
    public OtherDiary {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(layout, "layout");
        trackables = List.copyOf(trackables);
        readings = List.copyOf(readings);
        intakes = List.copyOf(intakes);
        tags = List.copyOf(tags);
        notes = List.copyOf(notes);
        entryDays = new TreeMap<>(entryDays);
        notUsed = List.copyOf(notUsed);
    }

    /** The trackable of this name. */
    public Optional<Trackable> trackable(String name) {
        return trackables.stream().filter(trackable -> trackable.name().equals(name)).findFirst();
    }

    public Optional<LocalDate> first() {
        return entryDays.isEmpty() ? Optional.empty() : Optional.of(entryDays.firstKey());
    }

    public Optional<LocalDate> last() {
        return entryDays.isEmpty() ? Optional.empty() : Optional.of(entryDays.lastKey());
    }

    /** The first line of each day with rows. */
    public Map<LocalDate, Long> lines() {
        return entryDays;
    }

    /** The source's name and layout: "Flaredown (the export since November 2021)". */
    public String describe() {
        return source.label() + " (" + layout + ")";
    }
}
