package org.headback.ui.diary;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.headback.diary.DayChangedException;
import org.headback.diary.DayEntry;
import org.headback.diary.DayField;
import org.headback.diary.DayForm;
import org.headback.diary.Diary;
import org.headback.diary.MissedDays;
import org.headback.text.Dates;
import org.headback.ui.TaskRunner;

/**
 * Catching up: the days of the last two weeks that are not recorded ({@link MissedDays}), a line that offers to
 * catch up while there are any, and the list of them, each filled in with its two scores, marked "nothing to
 * note" (both 0, as the user says), or left not recorded. Nothing is ever recorded that the user did not give.
 */
public final class CatchUpViewModel {
    private static final System.Logger LOG = System.getLogger(CatchUpViewModel.class.getName());

    // Properties
    private final ObservableList<LocalDate> missed = FXCollections.observableArrayList();
    private final ObservableList<CatchUpRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper dismissed = new ReadOnlyBooleanWrapper(this, "dismissed");
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper(this, "line", "");
    private final BooleanBinding lineShown = Bindings.isNotEmpty(missed).and(dismissed.not());

    private final Diary diary;
    private final TaskRunner runner;
    private final Consumer<DayEntry> onSaved;

    /** @param onSaved told of each day recorded here, on the JavaFX thread, so the rest of the diary shows it */
    CatchUpViewModel(Diary diary, TaskRunner runner, Consumer<DayEntry> onSaved) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.onSaved = Objects.requireNonNull(onSaved, "onSaved");
    }

    // Commands

    /** Looks again which days are missing: at the start, and whenever a day is recorded or deleted, here or not. */
    public void refresh() {
        var today = diary.today();
        runner.runQuietly(() -> MissedDays.of(today, diary.between(MissedDays.from(today), today.minusDays(1))
                .stream().map(DayEntry::date).toList(), diary.firstRecordedDay()), this::show,
                error -> LOG.log(System.Logger.Level.WARNING, "The days not recorded could not be read", error));
    }

    private void show(List<LocalDate> days) {
        missed.setAll(days);
        line.set(words(days, diary.today()));
        rows.stream().filter(row -> !row.doneProperty().get() && !row.savingProperty().get())
                .filter(row -> !days.contains(row.date())).forEach(row -> row.recorded("Recorded elsewhere"));
    }

    /** Puts the missing days in the list, newest first, for the user to go through. */
    public void open() {
        rows.setAll(missed.stream().map(CatchUpRow::new).toList());
    }

    /** Hides the line until the window opens again. */
    public void dismiss() {
        dismissed.set(true);
    }

    /** Records the row's two scores as typed, each 0 to 10; a score not given is asked for, never taken as 0. */
    public void record(CatchUpRow row) {
        var back = row.backPainProperty().get().strip();
        var head = row.headacheProperty().get().strip();
        if (back.isEmpty() || head.isEmpty()) {
            row.refused("Give both scores, or N for nothing to note");
            return;
        }
        var values = new EnumMap<DayField, String>(DayField.class);
        values.put(DayField.DATE, row.date().toString());
        values.put(DayField.BACK_PAIN, back);
        values.put(DayField.HEADACHE, head);
        var reading = DayForm.read(values, diary.today());
        reading.day().ifPresentOrElse(day -> save(row, day, "Recorded: back pain " + back + ", headache " + head),
                () -> row.refused(reading.problems().entrySet().stream().findFirst()
                        .map(problem -> DayWords.label(problem.getKey()) + ": " + problem.getValue()).orElse("")));
    }

    /** Records the row's day as the user says it was: no back pain, no headache. */
    public void nothingToNote(CatchUpRow row) {
        save(row, DayEntry.on(row.date()).backPain(0).headache(0).build(), "Recorded: nothing to note");
    }

    /** Saves as the day's entry saves, only if the day is still not recorded: a day recorded meanwhile is kept. */
    private void save(CatchUpRow row, DayEntry day, String words) {
        if (row.doneProperty().get() || row.savingProperty().get()) {
            return;
        }
        row.saving();
        runner.run("Saving " + Dates.ofUser().shown(day.date()) + "…", () -> {
            diary.saveIfUnchanged(day, List.of(Optional.empty()));
            return day;
        }, saved -> {
            row.recorded(words);
            onSaved.accept(saved);
        }, error -> {
            if (error instanceof DayChangedException) {
                row.recorded("Recorded elsewhere meanwhile: kept as it was");
                refresh();
            } else {
                row.refused("Not saved: " + error.getMessage());
            }
        });
    }

    /** "Yesterday is not recorded.", "3 of the last 14 days are not recorded."; empty when none is missing. */
    static String words(List<LocalDate> days, LocalDate today) {
        if (days.isEmpty()) {
            return "";
        }
        if (days.size() == 1) {
            var day = days.get(0);
            return (day.equals(today.minusDays(1)) ? "Yesterday" : Dates.ofUser().withWeekday(day))
                    + " is not recorded yet.";
        }
        return days.size() + " of the last " + MissedDays.WINDOW + " days are not recorded yet.";
    }

    // Accessors

    /** The days missing, newest first, as last looked. */
    public ObservableList<LocalDate> missed() {
        return FXCollections.unmodifiableObservableList(missed);
    }

    /** The list to catch up, as {@link #open} made it; rows recorded stay, saying so. */
    public ObservableList<CatchUpRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }

    /** True while some day is missing and the line was not dismissed. */
    public BooleanBinding lineShownProperty() {
        return lineShown;
    }
}
