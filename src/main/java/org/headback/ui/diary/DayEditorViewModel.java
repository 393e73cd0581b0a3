package org.headback.ui.diary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.headback.diary.BackLocation;
import org.headback.diary.DayChangedException;
import org.headback.diary.DayEntry;
import org.headback.diary.DayField;
import org.headback.diary.DayForm;
import org.headback.diary.Diary;
import org.headback.diary.HeadacheKind;
import org.headback.text.Dates;
import org.headback.ui.TaskRunner;

/**
 * One day's entry as the user edits it. Every value is checked as it is typed, through the same rules as the
 * command line and CSV files; a valid entry is saved when the view commits it (no Save button), and an invalid
 * one is never saved: the field says what is wrong.
 */
public final class DayEditorViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The boxes the user types into, by the field whose text each holds as the day's form reads and writes it. */
    private final Map<DayField, StringProperty> boxes = new EnumMap<>(DayField.class);

    // Properties
    private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>(this, "date");
    private final StringProperty backPain = box(DayField.BACK_PAIN, "backPain");
    private final ObservableSet<BackLocation> locations =
            FXCollections.observableSet(EnumSet.noneOf(BackLocation.class));
    private final StringProperty headache = box(DayField.HEADACHE, "headache");
    private final ObjectProperty<HeadacheKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty headacheHours = box(DayField.HEADACHE_HOURS, "headacheHours");
    private final ObservableList<MedicationRow> medications =
            FXCollections.observableArrayList(MedicationRow::values);
    private final StringProperty sleepHours = box(DayField.SLEEP_HOURS, "sleepHours");
    private final StringProperty stress = box(DayField.STRESS, "stress");
    private final StringProperty notes = box(DayField.NOTES, "notes");
    private final StringProperty factors = box(DayField.FACTORS, "factors");
    private final ObservableSet<String> warningSigns = FXCollections.observableSet(new LinkedHashSet<>());
    private final ReadOnlyBooleanWrapper warningShown = new ReadOnlyBooleanWrapper(this, "warningShown");
    private final Map<DayField, ReadOnlyStringWrapper> errors = new EnumMap<>(DayField.class);
    private final ReadOnlyBooleanWrapper recorded = new ReadOnlyBooleanWrapper(this, "recorded");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper(this, "saveState", "");
    private final ReadOnlyStringWrapper notToday = new ReadOnlyStringWrapper(this, "notToday", "");
    private final CopiedDay copy = new CopiedDay(this::commit);

    private final TaskRunner runner;
    private final Diary diary;
    private final AttacksViewModel attacks;
    private final EditorForm form;
    private final Consumer<DayEntry> onSaved;
    private final Supplier<LocalDate> latestDay;
    private boolean loading;
    /** The day as the diary holds it, as far as this editor knows: as shown, or as last saved from here. */
    private Optional<DayEntry> lastSaved = Optional.empty();
    /** Saves sent to the diary that have not finished yet, oldest first. */
    private final List<DayEntry> pending = new ArrayList<>();

    /** @param latest the last day that can be recorded ({@link Diary#latestDay}, as the diary view read it) */
    public DayEditorViewModel(Diary diary, TaskRunner runner, Supplier<LocalDate> latest, Consumer<DayEntry> onSaved) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.latestDay = Objects.requireNonNull(latest, "latest");
        this.onSaved = Objects.requireNonNull(onSaved, "onSaved");
        this.attacks = new AttacksViewModel(diary, runner, medications);
        this.form = new EditorForm(boxes, errors, locations, kind, warningSigns, attacks);
        EnumSet.allOf(DayField.class).forEach(field ->
                errors.put(field, new ReadOnlyStringWrapper(this, field.column() + "Error", "")));
        boxes.values().forEach(input -> input.addListener((observable, old, value) -> changed()));
        kind.addListener((observable, old, value) -> changed());
        locations.addListener((SetChangeListener<BackLocation>) change -> changed());
        medications.addListener((ListChangeListener<MedicationRow>) change -> changed());
        attacks.attacks().addListener((ListChangeListener<AttackRow>) change -> changed());
        warningSigns.addListener((SetChangeListener<String>) change -> {
            warningShown.set(!warningSigns.isEmpty());
            changed();
        });
    }

    private StringProperty box(DayField field, String name) {
        var box = new SimpleStringProperty(this, name, "");
        boxes.put(field, box);
        return box;
    }

    // Commands

    /**
     * Shows a day: its record, or empty fields for a day not recorded (no value in any box, no slider showing one: a
     * day not recorded is not a pain-free day).
     */
    public void show(LocalDate day, Optional<DayEntry> entry) {
        loading = true;
        try {
            date.set(day);
            copy.forget();
            notToday.set(DayWords.notToday(day, diary.today()));
            lastSaved = entry;
            fill(entry.orElse(DayEntry.on(day).build()));
            entry.ifPresent(attacks::showChecked);
            if (entry.isEmpty()) {
                // No text at all, not an empty one: the box shows nothing and "not given" stays apart from a value
                // the user typed and then erased, which is missing.
                backPain.set(null);
                headache.set(null);
            }
            recorded.set(entry.isPresent());
            dirty.set(false);
            errors.values().forEach(error -> error.set(""));
            saveState.set(entry.isPresent() ? "Recorded" : "Not recorded: any change records this day");
        } finally {
            loading = false;
        }
    }

    /**
     * Shows what the diary holds for the day on show, unless the user is changing it: a late read never overwrites
     * what is being typed. False when the editor kept the user's change.
     */
    public boolean showLoaded(LocalDate day, Optional<DayEntry> entry) {
        if (dirty.get() && day.equals(date.get())) {
            return false;
        }
        show(day, entry);
        return true;
    }

    /**
     * What stops the change on show from being saved, with the field's name: "Stress: 11 is not between 0 and 10";
     * empty when there is no change, or it can be saved.
     */
    public Optional<String> unsavedProblem() {
        if (!dirty.get() || date.get() == null || check().isPresent() || copy.unconfirmed()) {
            return Optional.empty();
        }
        return errors.entrySet().stream().filter(error -> !error.getValue().get().isEmpty()).findFirst()
                .map(error -> DayWords.label(error.getKey()) + ": " + error.getValue().get());
    }

    private void fill(DayEntry entry) {
        var text = DayForm.text(entry);
        boxes.forEach((field, box) -> box.set(text.get(field)));
        locations.clear();
        locations.addAll(entry.backLocations());
        kind.set(entry.headacheKind().orElse(null));
        attacks.show(entry.attacks(), entry.medications());
        warningSigns.retainAll(entry.warningSigns());
        warningSigns.addAll(entry.warningSigns());
    }

    private void changed() {
        if (loading || date.get() == null) {
            return;
        }
        dirty.set(true);
        check().ifPresentOrElse(entry -> saveState.set(copy.stateOr("Editing…")),
                () -> saveState.set("Not saved: a value is not valid"));
    }

    /** Shows another day's values on this day as a starting point, saved only once confirmed ({@link CopiedDay}). */
    public void showCopy(DayEntry values, LocalDate from) {
        fill(values);
        copy.copiedFrom(from);
        saveState.set(copy.stateOr(""));
    }

    /** Saves the entry if it is valid, changed and not an unconfirmed copy; the view calls this as a change ends. */
    public void commit() {
        if (!dirty.get() || date.get() == null || copy.unconfirmed()) {
            return;
        }
        var entry = check();
        if (entry.isEmpty()) {
            saveState.set("Not saved: a value is not valid");
            return;
        }
        var day = entry.get();
        if (lastSaved.filter(day::equals).isPresent()) {
            dirty.set(false);
            saveState.set("Recorded");
            return;
        }
        saveState.set("Saving…");
        // What the diary may hold for this day when the save runs: what was shown, or what an earlier save still on
        // its way writes. Anything else was written by another program, and is not overwritten.
        var seen = new ArrayList<Optional<DayEntry>>();
        seen.add(lastSaved);
        pending.stream().filter(sent -> sent.date().equals(day.date())).map(Optional::of).forEach(seen::add);
        pending.add(day);
        runner.run("Saving " + Dates.ofUser().shown(day.date()) + "…", () -> {
            diary.saveIfUnchanged(day, seen);
            return day;
        }, saved -> {
            pending.remove(saved);
            saved(saved);
        }, error -> {
            pending.remove(day);
            if (error instanceof DayChangedException changed) {
                showAsStored(changed);
            } else {
                saveState.set("Not saved: " + error.getMessage());
            }
        });
    }

    /** Another program saved the day first: the editor shows what it saved, and says that this change was not. */
    private void showAsStored(DayChangedException changed) {
        var day = changed.date();
        runner.run("Opening " + Dates.ofUser().shown(day) + "…", () -> diary.day(day), entry -> {
            if (day.equals(date.get())) {
                show(day, entry);
                saveState.set("Not saved: " + changed.getMessage());
            }
        }, error -> saveState.set("Not saved: " + changed.getMessage()));
    }

    private void saved(DayEntry day) {
        if (!day.date().equals(date.get())) {
            onSaved.accept(day);
            return;
        }
        var blanks = blankSeverities();
        lastSaved = Optional.of(day);
        if (check().filter(day::equals).isPresent()) {
            dirty.set(false);
            recorded.set(true);
            saveState.set("Saved at " + diary.timeOfDay().format(TIME) + DayWords.recordedAsNone(blanks));
        }
        onSaved.accept(day);
    }

    /** The severities not given. */
    private List<DayField> blankSeverities() {
        return Stream.of(DayField.BACK_PAIN, DayField.HEADACHE).filter(field -> boxes.get(field).get() == null)
                .toList();
    }

    /** Checks every field through the day's form; marks each wrong one; the entry if all are right. */
    Optional<DayEntry> check() {
        var day = form.read(date.get(), latestDay.get());
        day.ifPresentOrElse(this::showFromAttacks, attacks::showUnread);
        return day;
    }

    /**
     * Puts a checked day's headache, kind and hours from its attacks in their boxes, so that removing the last
     * attack gives them back as the attacks left them.
     */
    private void showFromAttacks(DayEntry day) {
        attacks.showChecked(day);
        if (!day.hasAttacks()) {
            return;
        }
        boolean wasLoading = loading;
        loading = true;
        try {
            var text = DayForm.text(day);
            headache.set(text.get(DayField.HEADACHE));
            headacheHours.set(text.get(DayField.HEADACHE_HOURS));
            kind.set(day.headacheKind().orElse(null));
        } finally {
            loading = wasLoading;
        }
    }

    /** Ticks or unticks a warning sign; the view commits it at once. */
    public void tickWarningSign(String code, boolean ticked) {
        if (ticked) {
            warningSigns.add(code);
        } else {
            warningSigns.remove(code);
        }
    }

    /** Reads the kept medicines offered as one choice again; the medicine list calls this after a change. */
    public void refreshMedicines() {
        attacks.refreshMedicines();
    }

    // Accessors

    public ReadOnlyObjectProperty<LocalDate> dateProperty() {
        return date.getReadOnlyProperty();
    }

    public StringProperty backPainProperty() {
        return backPain;
    }

    public ObservableSet<BackLocation> locations() {
        return locations;
    }

    public StringProperty headacheProperty() {
        return headache;
    }

    public ObjectProperty<HeadacheKind> kindProperty() {
        return kind;
    }

    public StringProperty headacheHoursProperty() {
        return headacheHours;
    }

    public ObservableList<MedicationRow> medications() {
        return medications;
    }

    /** The day's attacks, their medications and the kept medicines offered. */
    public AttacksViewModel attacks() {
        return attacks;
    }

    public StringProperty sleepHoursProperty() {
        return sleepHours;
    }

    public StringProperty stressProperty() {
        return stress;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** The names of the factors ticked, as the day's form writes them ("coffee;Long drive"), hidden ones too. */
    public StringProperty factorsProperty() {
        return factors;
    }

    /** The codes of the warning signs ticked. */
    public ObservableSet<String> warningSigns() {
        return warningSigns;
    }

    /** True while any warning sign is ticked: the banner to seek medical help shows. */
    public ReadOnlyBooleanProperty warningShownProperty() {
        return warningShown.getReadOnlyProperty();
    }

    /** What is wrong with a field, or empty. */
    public ReadOnlyStringProperty errorProperty(DayField field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty recordedProperty() {
        return recorded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** "" for today; "Not today: 3 days ago" for another day. */
    public ReadOnlyStringProperty notTodayProperty() {
        return notToday.getReadOnlyProperty();
    }

    public CopiedDay copy() {
        return copy;
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }
}
