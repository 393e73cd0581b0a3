package org.headback.clinic;

import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.headback.diary.DayEntry;
import org.headback.diary.MedicationClass;
import org.headback.text.Dates;
import org.headback.text.Words;

/**
 * One calendar month of the diary, counted in days. Only recorded days count: in a month not fully recorded every
 * count is a floor ("at least 12 headache days"), never extrapolated, and a month without a record is "not
 * recorded", not a month of 0 days.
 *
 * @param possibleDays        the month's days up to today: all of them for a past month, fewer for this one
 * @param recordedDays        days with a record
 * @param headacheDays        recorded days with a headache (1 or more)
 * @param migraineDays        headache days whose kind is migraine
 * @param medicationDays      for each class, the days with at least one medicine of it (two doses are one day)
 * @param acuteMedicationDays days with any acute medicine that counts toward the overuse lines (not {@code other})
 */
public record MonthCount(YearMonth month, int possibleDays, int recordedDays, int headacheDays, int migraineDays,
                         Map<MedicationClass, Integer> medicationDays, int acuteMedicationDays) {

    public MonthCount {
        Objects.requireNonNull(month, "month");
        var copy = new EnumMap<MedicationClass, Integer>(MedicationClass.class);
        for (var medicationClass : MedicationClass.values()) {
            copy.put(medicationClass, medicationDays.getOrDefault(medicationClass, 0));
        }
        medicationDays = Collections.unmodifiableMap(copy);
    }

    /** Counts the days of {@code month} among {@code days} (days of other months are left out). */
    public static MonthCount of(YearMonth month, int possibleDays, List<DayEntry> days) {
        var inMonth = days.stream().filter(day -> YearMonth.from(day.date()).equals(month)).toList();
        var tally = DayTally.of(inMonth);
        int acute = 0;
        var medication = new EnumMap<MedicationClass, Integer>(MedicationClass.class);
        for (var day : inMonth) {
            var classes = EnumSet.noneOf(MedicationClass.class);
            day.medications().forEach(taken -> classes.add(taken.medicationClass()));
            classes.forEach(taken -> medication.merge(taken, 1, Integer::sum));
            if (classes.stream().anyMatch(OveruseLine::counts)) {
                acute++;
            }
        }
        return new MonthCount(month, possibleDays, tally.recordedDays(), tally.headacheDays(), tally.migraineDays(),
                medication, acute);
    }

    /** At least one day of the month is recorded. */
    public boolean recorded() {
        return recordedDays > 0;
    }

    /** Every day of the month (up to today) is recorded. */
    public boolean complete() {
        return recordedDays >= possibleDays;
    }

    /** Days with at least one medicine of this class. */
    public int daysWith(MedicationClass medicationClass) {
        return medicationDays.get(medicationClass);
    }

    /** 15 or more headache days: the line ICHD-3 uses for chronic headache. */
    public boolean atHeadacheLine() {
        return headacheDays >= IchdLines.CHRONIC_HEADACHE_DAYS;
    }

    /** 15 or more headache days of which 8 or more were migraine days: the line ICHD-3 uses for chronic migraine. */
    public boolean atMigraineLine() {
        return atHeadacheLine() && migraineDays >= IchdLines.CHRONIC_MIGRAINE_DAYS;
    }

    /**
     * The overuse lines this month reaches: each class at its own line, or, when none is, several classes together
     * on 10 or more days.
     */
    public Set<OveruseLine> overuseLines() {
        var lines = EnumSet.noneOf(OveruseLine.class);
        for (var line : OveruseLine.values()) {
            line.medicationClass().filter(taken -> daysWith(taken) >= line.days()).ifPresent(taken -> lines.add(line));
        }
        long classesTaken = medicationDays.entrySet().stream()
                .filter(entry -> OveruseLine.counts(entry.getKey()) && entry.getValue() > 0).count();
        if (lines.isEmpty() && classesTaken >= 2 && acuteMedicationDays >= OveruseLine.SEVERAL_CLASSES.days()) {
            lines.add(OveruseLine.SEVERAL_CLASSES);
        }
        return Collections.unmodifiableSet(lines);
    }

    /** Days counted toward {@code line}: the class's days, or the days with any acute medicine. */
    public int days(OveruseLine line) {
        return line.medicationClass().map(this::daysWith).orElse(acuteMedicationDays);
    }

    /** At or over any overuse line. */
    public boolean atOveruseLine() {
        return !overuseLines().isEmpty();
    }

    /** "July 2026". */
    public String name() {
        return Dates.ofUser().month(month);
    }

    /** A count as it should be read: "16", "at least 12" in a month not fully recorded, "not recorded". */
    public String read(int count) {
        if (!recorded()) {
            return "not recorded";
        }
        return complete() || count == 0 ? Integer.toString(count) : Words.atLeast(count);
    }

    /** "18 of 31 days recorded", "all 31 days recorded" (or "the 1 day recorded"), "not recorded". */
    public String recordedText() {
        if (!recorded()) {
            return "not recorded";
        }
        if (complete()) {
            return Words.format("all-recorded", possibleDays);
        }
        return recordedDays + " of " + possibleDays + " days recorded";
    }
}
