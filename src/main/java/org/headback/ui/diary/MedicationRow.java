package org.headback.ui.diary;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.headback.diary.Medication;
import org.headback.diary.MedicationClass;

/**
 * One medication as the editor shows it: its class, name and dose, editable. What the editor does not show yet (when
 * it was taken, for which attack, its relief) is kept as it was read.
 */
public final class MedicationRow {
    private final ObjectProperty<MedicationClass> medicationClass;
    private final StringProperty name;
    private final StringProperty dose;
    private Medication notShown;

    public MedicationRow(MedicationClass medicationClass, String name, String dose) {
        this.medicationClass = new SimpleObjectProperty<>(this, "medicationClass", medicationClass);
        this.name = new SimpleStringProperty(this, "name", name);
        this.dose = new SimpleStringProperty(this, "dose", dose);
    }

    static MedicationRow of(Medication medication) {
        var row = new MedicationRow(medication.medicationClass(), medication.name(), medication.dose());
        row.notShown = medication;
        return row;
    }

    /** The medication, checked; throws InvalidValueException naming the medication field. */
    Medication toMedication() {
        var chosen = medicationClass.get() == null ? MedicationClass.OTHER : medicationClass.get();
        var medication = new Medication(chosen, name.get(), dose.get());
        if (notShown == null || !notShown.hasDetails()) {
            return medication;
        }
        return medication.withDetails(notShown.taken().orElse(null), notShown.attack().isPresent()
                ? notShown.attack().getAsInt() : null, notShown.relief().orElse(null));
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
}
