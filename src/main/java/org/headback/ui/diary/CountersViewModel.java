package org.headback.ui.diary;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.headback.clinic.ClinicalCounters;
import org.headback.clinic.MonthCount;
import org.headback.clinic.OveruseLine;
import org.headback.clinic.RecentDays;
import org.headback.diary.Diary;
import org.headback.diary.MedicationClass;
import org.headback.text.Dates;
import org.headback.text.Words;
import org.headback.ui.TaskRunner;

/**
 * The clinical counters of the last 12 months beside the diary: headache, migraine and acute-medication days per
 * month against the ICHD-3 lines, the last 30 days and the notes. Counted off the JavaFX thread, again whenever the
 * diary changes.
 */
public final class CountersViewModel {
    /** The sign of a count at or over a line, shown with its colour. */
    public static final String AT_LINE = "⚑";
    /** Before a count of a month not fully recorded: at least this many. */
    public static final String AT_LEAST = "≥";

    // Properties
    private final ObservableList<MonthCount> months = FXCollections.observableArrayList();
    private final ObservableList<MedicationClass> medicationClasses = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper lastThirtyDays = new ReadOnlyStringWrapper(this, "lastThirtyDays", "");
    private final ReadOnlyStringWrapper lastThirtyDaysShort = new ReadOnlyStringWrapper(this, "lastThirtyDaysShort",
            "");
    private final ReadOnlyBooleanWrapper lastThirtyAtLine = new ReadOnlyBooleanWrapper(this, "lastThirtyAtLine");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    private final Diary diary;
    private final TaskRunner runner;

    public CountersViewModel(Diary diary, TaskRunner runner) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    // Commands

    /** Counts the last 12 months again from the diary. */
    public void refresh() {
        runner.run("Counting headache and medication days…", () -> {
            var latest = diary.latestDay();
            var first = YearMonth.from(latest).minusMonths(ClinicalCounters.DEFAULT_MONTHS - 1L).atDay(1);
            return ClinicalCounters.of(diary.between(first, latest), latest);
        }, this::show,
                error -> problem.set("The counts could not be made: " + error.getMessage()));
    }

    private void show(ClinicalCounters counters) {
        problem.set("");
        var newestFirst = new ArrayList<>(counters.months());
        Collections.reverse(newestFirst);
        months.setAll(newestFirst);
        medicationClasses.setAll(List.of(MedicationClass.values()).stream().filter(medicationClass ->
                counters.months().stream().anyMatch(month -> month.daysWith(medicationClass) > 0)).toList());
        notes.setAll(counters.notes());
        lastThirtyDays.set(counters.lastThirtyDays().sentence());
        lastThirtyDaysShort.set(shortText(counters.lastThirtyDays()));
        lastThirtyAtLine.set(counters.lastThirtyDays().atHeadacheLine());
    }

    // What the table shows

    /**
     * "30 days: 16 headache days ⚑", "30 days: at least 12 headache days", "30 days: no headache recorded", "30 days:
     * not recorded".
     */
    public static String shortText(RecentDays recent) {
        if (!recent.recorded()) {
            return "30 days: not recorded";
        }
        if (recent.headacheDays() == 0) {
            return "30 days: no headache recorded";
        }
        var count = recent.complete() ? Words.count("headache-day", recent.headacheDays())
                : Words.atLeast("headache-day", recent.headacheDays());
        return "30 days: " + count + (recent.atHeadacheLine() ? " " + AT_LINE : "");
    }

    /** What a cell of the tables shows, and whether it is a count at or over its line. */
    public record Cell(String text, boolean atLine) {
    }

    /** "Mar 2026". */
    public static Cell month(MonthCount month) {
        return new Cell(Dates.ofUser().shortMonth(month.month()), false);
    }

    /** "18/31", "31/31", or "none" for a month not recorded. */
    public static Cell recorded(MonthCount month) {
        return new Cell(month.recorded() ? month.recordedDays() + "/" + month.possibleDays() : "none", false);
    }

    public static Cell headache(MonthCount month) {
        return count(month, month.headacheDays(), month.atHeadacheLine());
    }

    public static Cell migraine(MonthCount month) {
        return count(month, month.migraineDays(), month.atMigraineLine());
    }

    /** Days with this class; at its line when the class reaches its own overuse line. */
    public static Cell medication(MonthCount month, MedicationClass medicationClass) {
        boolean atLine = month.overuseLines().stream().anyMatch(line -> line.medicationClass()
                .filter(medicationClass::equals).isPresent());
        return count(month, month.daysWith(medicationClass), atLine);
    }

    /** Days with any acute medication; at the line when several classes together reach it. */
    public static Cell allAcute(MonthCount month) {
        return count(month, month.acuteMedicationDays(), month.overuseLines().contains(OveruseLine.SEVERAL_CLASSES));
    }

    /** A count as the tables show it: "16 ⚑" at a line, "≥12" in a month not fully recorded, "–" not recorded. */
    static Cell count(MonthCount month, int count, boolean atLine) {
        if (!month.recorded()) {
            return new Cell("–", false);
        }
        // "≥" only says something where there is a count to be at least: a partly recorded month without any is "0".
        var shown = month.complete() || count == 0 ? Integer.toString(count) : AT_LEAST + count;
        return new Cell(shown + (atLine ? " " + AT_LINE : ""), atLine);
    }

    // Accessors

    /** The months counted, newest first. */
    public ObservableList<MonthCount> months() {
        return months;
    }

    /** The classes of medication taken at all in these months, in the usual order. */
    public ObservableList<MedicationClass> medicationClasses() {
        return medicationClasses;
    }

    public ObservableList<String> notes() {
        return notes;
    }

    public ReadOnlyStringProperty lastThirtyDaysProperty() {
        return lastThirtyDays.getReadOnlyProperty();
    }

    /** The last 30 days in a few words, for the diary's header. */
    public ReadOnlyStringProperty lastThirtyDaysShortProperty() {
        return lastThirtyDaysShort.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lastThirtyAtLineProperty() {
        return lastThirtyAtLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
