package org.headback.diary.other;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.headback.diary.Factor;
import org.headback.diary.InvalidValueException;
import org.headback.diary.Medication;
import org.headback.diary.MedicationClass;
import org.headback.text.Words;

/** What a reader of another diary's export has found so far; {@link #diary} makes it whole. */
final class Collected {
    private final Map<String, Known> trackables = new LinkedHashMap<>();
    private final List<Reading> readings = new ArrayList<>();
    private final List<Intake> intakes = new ArrayList<>();
    private final List<Mark> tags = new ArrayList<>();
    private final List<Mark> notes = new ArrayList<>();
    private final TreeMap<LocalDate, Long> entryDays = new TreeMap<>();
    private final Map<String, Counted> notUsed = new LinkedHashMap<>();
    private final String fileName;
    private long rows;
    private LocalDate lastDay;

    Collected(String fileName) {
        this.fileName = fileName;
    }

    /** A row of the file on this day. */
    void row(LocalDate day, long line) {
        rows++;
        if (!day.equals(lastDay)) {
            entryDays.putIfAbsent(day, line);
            lastDay = day;
        }
    }

    /** Makes a trackable known before it has a value, as a header names it. */
    void known(String name, Trackable.Kind kind, boolean takenUnknown) {
        trackables.computeIfAbsent(name, key -> new Known(kind, takenUnknown));
    }

    void reading(Reading reading) {
        known(reading.trackable(), Trackable.Kind.SCORE, false);
        trackables.get(reading.trackable()).days.add(reading.day());
        readings.add(reading);
    }

    /** A medicine taken; a name or dose HeadBack cannot keep is refused with its line. */
    void intake(LocalDate day, String medicine, String dose, Optional<LocalTime> taken, long line) {
        try {
            new Medication(MedicationClass.OTHER, medicine, dose);
        } catch (InvalidValueException e) {
            throw RowProblem.at(fileName, line, medicine, e.problem());
        }
        known(medicine, Trackable.Kind.MEDICINE, false);
        trackables.get(medicine).days.add(day);
        intakes.add(new Intake(day, medicine, dose, taken, line));
    }

    /** A tag of a day; one that cannot be a factor's name is refused with its line. */
    void tag(LocalDate day, String name, long line) {
        try {
            Factor.checkName(name);
        } catch (InvalidValueException e) {
            throw RowProblem.at(fileName, line, "factor", e.problem());
        }
        known(name, Trackable.Kind.TAG, false);
        trackables.get(name).days.add(day);
        tags.add(new Mark(day, name, line));
    }

    void note(LocalDate day, String text, long line) {
        notes.add(new Mark(day, text, line));
    }

    /** Something the file holds that HeadBack has no place for, counted by {@code unit} ("row", "check-in"). */
    void notUsed(String what, String unit) {
        notUsed.computeIfAbsent(what, key -> new Counted(unit)).times++;
    }

    OtherDiary diary(String fileName, Source source, String layout) {
        var found = trackables.entrySet().stream().map(entry -> new Trackable(entry.getKey(),
                entry.getValue().kind, entry.getValue().days.size(), entry.getValue().takenUnknown)).toList();
        var unused = notUsed.entrySet().stream().map(entry -> entry.getKey() + ", on "
                + Words.count(entry.getValue().unit, entry.getValue().times)).toList();
        return new OtherDiary(fileName, source, layout, found, readings, intakes, tags, notes, entryDays, rows,
                unused);
    }

    private static final class Known {
        private final Trackable.Kind kind;
        private final boolean takenUnknown;
        private final Set<LocalDate> days = new HashSet<>();

        private Known(Trackable.Kind kind, boolean takenUnknown) {
            this.kind = kind;
            this.takenUnknown = takenUnknown;
        }
    }

    private static final class Counted {
        private final String unit;
        private long times;

        private Counted(String unit) {
            this.unit = unit;
        }
    }
}
