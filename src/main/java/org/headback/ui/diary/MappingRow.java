package org.headback.ui.diary;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.headback.diary.MedicationClass;
import org.headback.diary.other.Mapping;
import org.headback.diary.other.OtherDiaryText;
import org.headback.diary.other.Proposal;
import org.headback.diary.other.Role;
import org.headback.diary.other.Trackable;

/**
 * One of another diary's trackables in the mapping step: what it is, and what the user makes of it (a role of those
 * that fit its kind, and for a medication its class).
 */
public final class MappingRow {
    private final Trackable trackable;
    // Properties
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role");
    private final ObjectProperty<MedicationClass> medicationClass = new SimpleObjectProperty<>(this,
            "medicationClass");
    private final BooleanBinding medication = Bindings.createBooleanBinding(() -> role.get() == Role.MEDICATION,
            role);

    /** A row preset to {@code choice}; a medicine left out still offers the class its name says. */
    MappingRow(Trackable trackable, Mapping.Choice choice) {
        this.trackable = Objects.requireNonNull(trackable, "trackable");
        role.set(choice.role());
        medicationClass.set(choice.medicationClass().orElse(Proposal.medicationClass(trackable.name())));
    }

    /** What the user has chosen; a role that does not fit, or none, leaves the trackable out. */
    Mapping.Choice choice() {
        var chosen = role.get();
        if (chosen == null || !roles().contains(chosen)) {
            return Mapping.Choice.NOT_USED;
        }
        if (chosen == Role.MEDICATION) {
            return Mapping.Choice.medication(medicationClass.get() == null ? MedicationClass.OTHER
                    : medicationClass.get());
        }
        return Mapping.Choice.of(chosen);
    }

    // Accessors

    public String name() {
        return trackable.name();
    }

    /** "Lower back pain (a score, on 42 days)", with the old Flaredown export's warning when it has one. */
    public String describe() {
        return OtherDiaryText.trackable(trackable);
    }

    /** The roles it may take: those of its kind. */
    public List<Role> roles() {
        return Role.fitting(trackable.kind());
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    /** Its class, used while it is a medication. */
    public ObjectProperty<MedicationClass> medicationClassProperty() {
        return medicationClass;
    }

    /** True while it is a medication, which needs a class. */
    public BooleanBinding medicationProperty() {
        return medication;
    }
}
