package org.headback.ui.diary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.headback.diary.Attack;
import org.headback.diary.AttackFields;
import org.headback.diary.DayEntry;
import org.headback.diary.DayText;
import org.headback.diary.Diary;
import org.headback.diary.InvalidValueException;
import org.headback.diary.KeptMedicine;
import org.headback.diary.Medication;
import org.headback.text.Figures;
import org.headback.text.Words;
import org.headback.ui.TaskRunner;

/**
 * The day's headache attacks in the editor, the medications taken for each, and the kept medicines offered as one
 * choice. A medication holds its attack itself, not its number, so removing attack 1 of 2 keeps the second one's
 * medications with it; the removed attack's own medications stay on the day, with their time and relief.
 */
public final class AttacksViewModel {
    /** "attack 2: the peak 11 is not between 0 and 10", as the day's form names an attack's problem. */
    private static final Pattern ATTACK_PROBLEM = Pattern.compile("attack (\\d+): (.*)", Pattern.DOTALL);
    private static final double MINUTES_AN_HOUR = 60;

    private final ObservableList<AttackRow> attacks = FXCollections.observableArrayList(AttackRow::values);
    private final ObservableList<MedicationRow> medications;
    private final ObservableList<KeptMedicine> offered = FXCollections.observableArrayList();
    private final ObservableList<KeptMedicine> offeredView = FXCollections.unmodifiableObservableList(offered);
    private final ReadOnlyStringWrapper fromAttacks = new ReadOnlyStringWrapper(this, "fromAttacks", "");
    private final ReadOnlyStringWrapper medicinesProblem = new ReadOnlyStringWrapper(this, "medicinesProblem", "");
    private final Diary diary;
    private final TaskRunner runner;

    /** @param medications the day's medications, those taken for an attack and those taken on the day */
    AttacksViewModel(Diary diary, TaskRunner runner, ObservableList<MedicationRow> medications) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.medications = Objects.requireNonNull(medications, "medications");
    }

    // Commands

    /** Shows a day's attacks and its medications, each linked to its attack. */
    void show(List<Attack> dayAttacks, List<Medication> dayMedications) {
        attacks.setAll(dayAttacks.stream().map(AttackRow::of).toList());
        medications.setAll(dayMedications.stream().map(medication -> MedicationRow.of(medication, attacks)).toList());
        fromAttacks.set("");
    }

    /** A new attack, with nothing known yet, at the end of the day's. */
    public AttackRow add() {
        var attack = new AttackRow();
        attacks.add(attack);
        return attack;
    }

    /** Removes an attack; its medications stay on the day, with their time and relief. */
    public void remove(AttackRow attack) {
        medications.stream().filter(row -> row.attackProperty().get() == attack)
                .forEach(row -> row.attackProperty().set(null));
        attacks.remove(attack);
        if (attacks.isEmpty()) {
            fromAttacks.set("");
        }
    }

    /** A medication typed by hand, for this attack or (null) on the day. */
    public MedicationRow took(AttackRow attack) {
        var row = new MedicationRow(null, "", "");
        row.attackProperty().set(attack);
        medications.add(row);
        return row;
    }

    /** A kept medicine at its usual dose, for this attack or (null) on the day. */
    public MedicationRow took(KeptMedicine medicine, AttackRow attack) {
        var row = MedicationRow.of(medicine, attack);
        medications.add(row);
        return row;
    }

    /**
     * Reads the user's medicines again, away from the JavaFX thread: the kept ones not hidden and not preventive are
     * offered. The medicine list calls this after a change.
     */
    public void refreshMedicines() {
        runner.runQuietly(diary::medicines, medicines -> {
            medicinesProblem.set("");
            offered.setAll(medicines.stream().filter(medicine -> !medicine.hidden() && !medicine.preventive())
                    .toList());
        }, error -> medicinesProblem.set("Your medicines could not be read: " + error.getMessage()));
    }

    // The day's form

    /** The attacks as the day's form reads them; throws InvalidValueException "attack 2: …" for one it cannot. */
    String attacksText() {
        return AttackFields.text(attacks.stream().map(AttackRow::fields).toList());
    }

    /** The medications as the day's form reads them; a wrong one says so on its row and on the field. */
    String medicationsText() {
        var checked = new ArrayList<Medication>();
        medications.forEach(row -> row.showProblem(""));
        for (var row : medications) {
            try {
                checked.add(row.toMedication(attacks));
            } catch (InvalidValueException e) {
                row.showProblem(e.problem());
                throw e;
            }
        }
        return DayText.medicationsText(checked);
    }

    /** Puts what the day's form said of the attacks on each: its problem, or what its times make of it. */
    void showProblem(String problem) {
        attacks.forEach(attack -> attack.showProblem(""));
        var named = ATTACK_PROBLEM.matcher(problem);
        if (named.matches() && Integer.parseInt(named.group(1)) <= attacks.size()) {
            attacks.get(Integer.parseInt(named.group(1)) - 1).showProblem(named.group(2));
        }
    }

    /** Shows what the checked day makes of each attack, and of the day's headache from them. */
    void showChecked(DayEntry day) {
        if (day.attacks().size() != attacks.size()) {
            return;
        }
        for (int i = 0; i < attacks.size(); i++) {
            attacks.get(i).showChecked(day.attacks().get(i));
        }
        fromAttacks.set(day.hasAttacks() ? fromAttacksText(day) : "");
    }

    /** A kept medicine as its one choice reads: "Sumatriptan 50 mg". */
    public static String label(KeptMedicine medicine) {
        return medicine.usualDose().isEmpty() ? medicine.name() : medicine.name() + " " + medicine.usualDose();
    }

    /** While a value does not fit, the day's headache is not worked out from its attacks: no figure is shown. */
    void showUnread() {
        fromAttacks.set(attacks.isEmpty() ? ""
                : "Headache from its attacks: not worked out while a value is not valid");
    }

    /** "Headache 7 (migraine), 3 h — from its attacks". */
    static String fromAttacksText(DayEntry day) {
        if (day.headache() == 0) {
            return "No headache (the highest peak is 0) — from its attacks";
        }
        var text = new StringBuilder("Headache ").append(day.headache());
        day.headacheKind().ifPresent(kind -> text.append(" (").append(Words.inSentence(kind.label())).append(')'));
        day.headacheHours().ifPresent(hours -> text.append(", ").append(Figures.duration(Duration.ofMinutes(
                Math.round(hours * MINUTES_AN_HOUR)))));
        return text.append(" — from its attacks").toString();
    }

    // Accessors

    public ObservableList<AttackRow> attacks() {
        return attacks;
    }

    /** True while the day has an attack: its headache, kind and hours are then its attacks'. */
    public BooleanBinding hasAttacks() {
        return Bindings.isNotEmpty(attacks);
    }

    /** The medications taken for this attack, or (null) on the day, in the order they were added. */
    public List<MedicationRow> medicationsFor(AttackRow attack) {
        return medications.stream().filter(row -> row.attackProperty().get() == attack).toList();
    }

    /** The kept medicines, not hidden and not preventive, offered as one choice wherever a medication is added. */
    public ObservableList<KeptMedicine> offered() {
        return offeredView;
    }

    /** "Headache 7 (migraine), 3 h — from its attacks" while the day has attacks and reads; else empty. */
    public ReadOnlyStringProperty fromAttacksProperty() {
        return fromAttacks.getReadOnlyProperty();
    }

    /** Why the kept medicines could not be read, or empty. */
    public ReadOnlyStringProperty medicinesProblemProperty() {
        return medicinesProblem.getReadOnlyProperty();
    }
}
