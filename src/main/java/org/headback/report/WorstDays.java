package org.headback.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.headback.diary.BackLocation;
import org.headback.diary.DayEntry;
import org.headback.diary.DayText;
import org.headback.diary.Medication;
import org.headback.diary.WarningSign;
import org.headback.diary.WarningSigns;
import org.headback.text.Dates;
import org.headback.text.Words;

/** The days that were hardest, with what the diary says about them, for the report's last section. */
final class WorstDays {
    /** At most this many days. */
    static final int LIMIT = 10;
    /** Notes longer than this many characters are shortened. */
    static final int MAX_NOTE = 600;

    private WorstDays() {
    }

    /**
     * Up to {@code limit} days with the highest back pain plus headache, worst first; of two equally bad days the
     * one with the worse single pain, then the later one, comes first. Days without any pain are never listed.
     */
    static List<DayEntry> pick(List<DayEntry> days, int limit) {
        Comparator<DayEntry> worse = Comparator.<DayEntry>comparingInt(day -> day.backPain() + day.headache())
                .thenComparingInt(day -> Math.max(day.backPain(), day.headache()))
                .thenComparing(DayEntry::date);
        return days.stream().filter(day -> day.backPain() + day.headache() > 0).sorted(worse.reversed())
                .limit(limit).toList();
    }

    /** "Sat 12 Sep 2026 · back pain 8 · headache 7". */
    static String title(DayEntry day) {
        return Dates.ofUser().shown(day.date()) + " · back pain " + day.backPain() + " · headache " + day.headache();
    }

    /** What else was recorded: where, what kind, how long, medication, sleep, stress; empty if nothing. */
    static String details(DayEntry day) {
        var parts = new ArrayList<String>();
        if (!day.backLocations().isEmpty()) {
            parts.add("Back: " + day.backLocations().stream().sorted().map(BackLocation::label)
                    .map(Words::inSentence).collect(Collectors.joining(", ")));
        }
        var headache = new ArrayList<String>();
        day.headacheKind().ifPresent(kind -> headache.add(Words.inSentence(kind.label())));
        day.headacheHours().ifPresent(hours -> headache.add(DayText.hours(hours) + " h"));
        if (!headache.isEmpty()) {
            parts.add("Headache: " + String.join(", ", headache));
        }
        if (!day.medications().isEmpty()) {
            parts.add("Medication: " + day.medications().stream().map(WorstDays::medication)
                    .collect(Collectors.joining("; ")));
        }
        if (day.hasWarningSign()) {
            parts.add("Warning signs: " + WarningSigns.catalogue().of(day.warningSigns()).stream()
                    .map(WarningSign::label).collect(Collectors.joining("; ")));
        }
        day.sleepHours().ifPresent(hours -> parts.add("Sleep " + DayText.hours(hours) + " h"));
        day.stress().ifPresent(stress -> parts.add("Stress " + stress));
        return parts.isEmpty() ? "" : String.join(". ", parts) + ".";
    }

    private static String medication(Medication medication) {
        var text = Words.inSentence(medication.medicationClass().label());
        var what = (medication.name() + " " + medication.dose()).strip();
        return what.isEmpty() ? text : text + " (" + what + ")";
    }

    /** The notes, shortened at a word to about {@link #MAX_NOTE} characters with an ellipsis when longer. */
    static String notes(DayEntry day) {
        var notes = day.notes().strip();
        if (notes.codePointCount(0, notes.length()) <= MAX_NOTE) {
            return notes;
        }
        int end = notes.offsetByCodePoints(0, MAX_NOTE);
        int space = notes.lastIndexOf(' ', end);
        var cut = notes.substring(0, space > MAX_NOTE / 2 ? space : end).strip();
        return cut + " … (shortened)";
    }
}
