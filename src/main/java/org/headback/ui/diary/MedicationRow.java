package org.headback.ui.diary;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.headback.diary.DayField;
import org.headback.diary.DayText;
import org.headback.diary.KeptMedicine;
import org.headback.diary.Medication;
import org.headback.diary.MedicationClass;
import org.headback.diary.Relief;

/**
 * One medication as the editor shows it: its class, name and dose, when it was taken and how much it helped two
 * hours later, and the attack it was taken for (none for one taken on the day), held as the attack itself so that
 * removing an earlier attack keeps it with its own.
 */
public final class MedicationRow {
    private final ObjectProperty<MedicationClass> medicationClass;
    private final StringProperty name;
    private final StringProperty dose;
    private final StringProperty taken = new SimpleStringProperty(this, "taken", "");
    private final ObjectProperty<Relief> relief = new SimpleObjectProperty<>(this, "relief");
    private final ObjectProperty<AttackRow> attack = new SimpleObjectProperty<>(this, "attack");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public MedicationRow(MedicationClass medicationClass, String name, String dose) {
        this.medicationClass = new SimpleObjectProperty<>(this, "medicationClass", medicationClass);
        this.name = new SimpleStringProperty(this, "name", name);
        this.dose = new SimpleStringProperty(this, "dose", dose);
    }

    /** A medication as the diary holds it, linked to its attack among the day's, as shown. */
    static MedicationRow of(Medication medication, List<AttackRow> attacks) {
        var row = new MedicationRow(medication.medicationClass(), medication.name(), medication.dose());
        row.taken.set(medication.taken().map(time -> AttackRow.clock(time)).orElse(""));
        row.relief.set(medication.relief().orElse(null));
        medication.attack().ifPresent(number -> row.attack.set(attacks.get(number - 1)));
        return row;
    }

    /** A kept medicine taken at its usual dose, for this attack or (null) on the day. */
    static MedicationRow of(KeptMedicine medicine, AttackRow attack) {
        var row = new MedicationRow(medicine.medicationClass(), medicine.name(), medicine.usualDose());
        row.attack.set(attack);
        return row;
    }

    /** Every value whose change is a change of the medication. */
    Observable[] values() {
        return new Observable[] {medicationClass, name, dose, taken, relief, attack};
    }

    /**
     * The medication, checked, with the number of its attack among {@code attacks}; throws InvalidValueException
     * naming the medication field, and shows the problem on the row.
     */
    Medication toMedication(List<AttackRow> attacks) {
        problem.set("");
        var chosen = medicationClass.get() == null ? MedicationClass.OTHER : medicationClass.get();
        var time = DayText.optionalTime(DayField.MEDICATION, "the time taken", taken.get()).orElse(null);
        int number = attacks.indexOf(attack.get()) + 1;
        return new Medication(chosen, name.get(), dose.get()).withDetails(time, number == 0 ? null : number,
                relief.get());
    }

    void showProblem(String words) {
        problem.set(words);
    }

    public ObjectProperty<MedicationClass> medicationClassProperty() {
        return medicationClass;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty doseProperty() {
        return dose;
    }

    /** When it was taken, HH:MM, as typed; optional. */
    public StringProperty takenProperty() {
        return taken;
    }

    /** How much it helped two hours later; optional. */
    public ObjectProperty<Relief> reliefProperty() {
        return relief;
    }

    /** The attack it was taken for, or null for one taken on the day. */
    public ObjectProperty<AttackRow> attackProperty() {
        return attack;
    }

    /** What is wrong with this medication, in words, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
