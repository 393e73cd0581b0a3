package org.headback.ui.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.headback.diary.Diary;
import org.headback.diary.InvalidValueException;
import org.headback.diary.KeptMedicine;
import org.headback.diary.MedicationClass;
import org.headback.diary.PreventiveCourse;
import org.headback.text.Dates;
import org.headback.ui.TaskRunner;

/**
 * The Medicines dialog: the user's list of medicines, added, renamed, hidden and shown, and the courses of a
 * preventive one started and ended on a day. Every change goes to the diary off the JavaFX thread; a refusal is
 * said beside the field it is about, and a change made calls {@code onChanged}.
 */
public final class MedicinesViewModel {
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** A kept medicine and its courses, by start day. */
    public record Line(KeptMedicine medicine, List<PreventiveCourse> courses) {
        public Line {
            courses = List.copyOf(courses);
        }

        /** The course still taken, if there is one. */
        public Optional<PreventiveCourse> open() {
            return courses.stream().filter(course -> course.stop().isEmpty()).findFirst();
        }
    }

    // Properties
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    /** One view of {@link #lines} for every reader: a binding to it holds it only weakly. */
    private final ObservableList<Line> shownLines = FXCollections.unmodifiableObservableList(lines);
    private final ObjectProperty<Line> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<MedicationClass> medicationClass = new SimpleObjectProperty<>(this,
            "medicationClass", MedicationClass.OTHER);
    private final StringProperty dose = new SimpleStringProperty(this, "dose", "");
    private final BooleanProperty preventive = new SimpleBooleanProperty(this, "preventive");
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
    private final ObjectProperty<LocalDate> courseDay = new SimpleObjectProperty<>(this, "courseDay");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyStringWrapper doseError = new ReadOnlyStringWrapper(this, "doseError", "");
    private final ReadOnlyStringWrapper renameError = new ReadOnlyStringWrapper(this, "renameError", "");
    private final ReadOnlyStringWrapper courseError = new ReadOnlyStringWrapper(this, "courseError", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    private final Diary diary;
    private final TaskRunner runner;
    private final Runnable onChanged;

    /** @param onChanged told after every change the diary took, on the JavaFX thread (the day's entry, the charts) */
    public MedicinesViewModel(Diary diary, TaskRunner runner, Runnable onChanged) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.onChanged = Objects.requireNonNull(onChanged, "onChanged");
        selected.addListener((observable, old, line) -> {
            newName.set(line == null ? "" : line.medicine().name());
            renameError.set("");
            courseError.set("");
        });
    }

    // Commands

    /** Reads the list from the diary. */
    public void load() {
        runner.run("Reading your medicines…", () -> new Read(null, read()), this::show,
                error -> problem.set(failed(error)));
    }

    /** Adds the medicine the fields describe, shown, and selects it. */
    public void add() {
        nameError.set("");
        doseError.set("");
        String checkedName;
        try {
            checkedName = KeptMedicine.checkName(name.get());
        } catch (InvalidValueException e) {
            nameError.set(e.problem());
            return;
        }
        KeptMedicine medicine;
        try {
            medicine = new KeptMedicine(checkedName, medicationClass.get(), dose.get(), preventive.get(), false);
        } catch (InvalidValueException e) {
            doseError.set(e.problem());
            return;
        }
        work("Adding " + checkedName + "…", () -> {
            diary.addMedicine(medicine);
            return medicine.name();
        }, error -> nameError.set(said(error)), () -> {
            name.set("");
            dose.set("");
            preventive.set(false);
        });
    }

    /** Renames the selected medicine to the name typed; its courses keep it. */
    public void renameSelected() {
        renameError.set("");
        var line = selected.get();
        if (line == null) {
            return;
        }
        String checked;
        try {
            checked = KeptMedicine.checkName(newName.get());
        } catch (InvalidValueException e) {
            renameError.set(e.problem());
            return;
        }
        work("Renaming " + line.medicine().name() + "…", () -> {
            diary.renameMedicine(line.medicine().name(), checked);
            return checked;
        }, error -> renameError.set(said(error)), () -> { });
    }

    /** Hides the selected medicine from a day's choices, or shows it again; nothing is deleted. */
    public void toggleHiddenSelected() {
        var line = selected.get();
        if (line == null) {
            return;
        }
        var medicine = line.medicine();
        work((medicine.hidden() ? "Showing " : "Hiding ") + medicine.name() + "…", () -> {
            diary.hideMedicine(medicine.name(), !medicine.hidden());
            return medicine.name();
        }, error -> problem.set(said(error)), () -> { });
    }

    /** Starts a course of the selected preventive medicine on the day chosen. */
    public void startCourse() {
        courseWork(line -> "Starting a course of " + line.medicine().name() + "…", (line, day) ->
                diary.addCourse(new PreventiveCourse(line.medicine().name(), day, Optional.empty())));
    }

    /** Ends the selected medicine's course still taken on the day chosen, its last day. */
    public void stopCourse() {
        courseWork(line -> "Ending the course of " + line.medicine().name() + "…", (line, day) ->
                diary.stopCourse(line.medicine().name(), day));
    }

    private void courseWork(Function<Line, String> what, BiConsumer<Line, LocalDate> change) {
        courseError.set("");
        var line = selected.get();
        var day = courseDay.get();
        if (line == null) {
            return;
        }
        if (day == null) {
            courseError.set("choose a day");
            return;
        }
        work(what.apply(line), () -> {
            change.accept(line, day);
            return line.medicine().name();
        }, error -> courseError.set(said(error)), () -> { });
    }

    /**
     * Makes a change, then reads the list again, selects the medicine whose name the change returns, runs
     * {@code done} and tells {@code onChanged}; or tells {@code refused} what stopped it.
     */
    private void work(String description, Callable<String> change, Consumer<Throwable> refused, Runnable done) {
        busy.set(true);
        problem.set("");
        runner.run(description, () -> {
            var select = change.call();
            return new Read(select, read());
        }, read -> {
            busy.set(false);
            show(read);
            done.run();
            onChanged.run();
        }, error -> {
            busy.set(false);
            refused.accept(error);
        });
    }

    private record Read(String select, List<Line> lines) {
    }

    private List<Line> read() {
        var courses = diary.courses();
        return diary.medicines().stream().map(medicine -> new Line(medicine, courses.stream()
                .filter(course -> course.medicine().equals(medicine.name())).toList())).toList();
    }

    private void show(Read read) {
        var keep = read.select() != null ? read.select()
                : Optional.ofNullable(selected.get()).map(line -> line.medicine().name()).orElse(null);
        lines.setAll(read.lines());
        selected.set(read.lines().stream().filter(line -> line.medicine().name().equalsIgnoreCase(
                Objects.requireNonNullElse(keep, ""))).findFirst().orElse(null));
    }

    /** What the diary said, its days as the window writes days; a failure that is no refusal, in a sentence. */
    private static String said(Throwable error) {
        return error instanceof InvalidValueException refusal ? shownDays(refusal.problem()) : failed(error);
    }

    private static String failed(Throwable error) {
        return "The medicines could not be saved: " + error.getMessage();
    }

    static String shownDays(String text) {
        return ISO_DAY.matcher(text).replaceAll(match -> Dates.ofUser().shown(LocalDate.parse(match.group())));
    }

    /** "Mar 1, 2026 to Jun 30, 2026", or "from Sep 1, 2026, still taken". */
    public static String describe(PreventiveCourse course) {
        return shownDays(course.describeDays());
    }

    // Properties

    public ObservableList<Line> lines() {
        return shownLines;
    }

    public ObjectProperty<Line> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<MedicationClass> medicationClassProperty() {
        return medicationClass;
    }

    public StringProperty doseProperty() {
        return dose;
    }

    public BooleanProperty preventiveProperty() {
        return preventive;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<LocalDate> courseDayProperty() {
        return courseDay;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty doseErrorProperty() {
        return doseError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty renameErrorProperty() {
        return renameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty courseErrorProperty() {
        return courseError.getReadOnlyProperty();
    }

    /** A failure not about one field: hiding, or the file itself. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
