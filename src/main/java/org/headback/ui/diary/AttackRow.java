package org.headback.ui.diary;

import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.headback.diary.Attack;
import org.headback.diary.AttackCost;
import org.headback.diary.AttackFields;
import org.headback.diary.Aura;
import org.headback.diary.HeadacheKind;
import org.headback.diary.Symptom;
import org.headback.text.Coded;
import org.headback.text.Figures;

/**
 * One headache attack as the editor shows it: each value as typed or chosen, what the other of duration and end
 * makes of it ("ends 02:00 the next day"), and what is wrong with it, in words, naming the field.
 */
public final class AttackRow {
    private static final long MINUTES_A_DAY = 24 * 60;

    private final StringProperty start = new SimpleStringProperty(this, "start", "");
    private final StringProperty end = new SimpleStringProperty(this, "end", "");
    private final StringProperty duration = new SimpleStringProperty(this, "duration", "");
    private final StringProperty peak = new SimpleStringProperty(this, "peak", "");
    private final ObjectProperty<HeadacheKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<Aura> aura = new SimpleObjectProperty<>(this, "aura");
    private final ObservableSet<Symptom> with = FXCollections.observableSet(EnumSet.noneOf(Symptom.class));
    private final ObservableSet<AttackCost> cost = FXCollections.observableSet(EnumSet.noneOf(AttackCost.class));
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper derived = new ReadOnlyStringWrapper(this, "derived", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** An attack as the diary holds it, shown with its start and duration. */
    static AttackRow of(Attack attack) {
        var row = new AttackRow();
        row.start.set(attack.start().map(AttackRow::clock).orElse(""));
        row.duration.set(attack.duration().map(Figures::duration).orElse(""));
        row.peak.set(Integer.toString(attack.peak()));
        row.kind.set(attack.kind().orElse(null));
        row.aura.set(attack.aura().orElse(null));
        row.with.addAll(attack.with());
        row.cost.addAll(attack.cost());
        row.note.set(attack.note());
        row.showChecked(attack);
        return row;
    }

    /** Every value whose change is a change of the attack, for a list that reports such changes. */
    Observable[] values() {
        return new Observable[] {start, end, duration, peak, kind, aura, with, cost, note};
    }

    /** The attack's parts as the day's form reads them. */
    AttackFields fields() {
        return new AttackFields(start.get(), end.get(), duration.get(), peak.get(), code(kind.get()),
                code(aura.get()), codes(with), codes(cost), note.get());
    }

    /** Shows what the checked attack says beyond what was typed: its end, or its duration when the end was given. */
    void showChecked(Attack attack) {
        problem.set("");
        if (attack.start().isEmpty() || attack.duration().isEmpty()) {
            derived.set("");
            return;
        }
        var lasted = attack.duration().get();
        var ends = endText(attack.start().get(), lasted);
        derived.set(end.get().isBlank() ? ends : "lasted " + Figures.duration(lasted) + ", " + ends);
    }

    /** "ends 17:00", "ends 02:00 the next day", "ends 09:00 2 days later". */
    static String endText(LocalTime start, Duration lasted) {
        long minutes = start.getHour() * 60L + start.getMinute() + lasted.toMinutes();
        long daysLater = minutes / MINUTES_A_DAY;
        var at = "ends " + clock(start.plus(lasted));
        if (daysLater == 0) {
            return at;
        }
        return daysLater == 1 ? at + " the next day" : at + " " + daysLater + " days later";
    }

    static String clock(LocalTime time) {
        return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }

    /** Says what is wrong with the attack ("the peak 11 is not between 0 and 10"), or nothing. */
    void showProblem(String words) {
        problem.set(words);
        if (!words.isEmpty()) {
            derived.set("");
        }
    }

    private static String code(Coded value) {
        return value == null ? "" : value.code();
    }

    private static String codes(Set<? extends Coded> values) {
        return values.stream().map(Coded::code).sorted().collect(Collectors.joining(","));
    }

    public StringProperty startProperty() {
        return start;
    }

    /** The end time, typed instead of the duration. */
    public StringProperty endProperty() {
        return end;
    }

    public StringProperty durationProperty() {
        return duration;
    }

    public StringProperty peakProperty() {
        return peak;
    }

    public ObjectProperty<HeadacheKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Aura> auraProperty() {
        return aura;
    }

    public ObservableSet<Symptom> with() {
        return with;
    }

    public ObservableSet<AttackCost> cost() {
        return cost;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** What the other of the end and the duration makes of the one typed: "ends 02:00 the next day". */
    public ReadOnlyStringProperty derivedProperty() {
        return derived.getReadOnlyProperty();
    }

    /** What is wrong with this attack, in words naming the field, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
