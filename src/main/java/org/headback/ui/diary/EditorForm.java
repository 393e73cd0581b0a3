package org.headback.ui.diary;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import org.headback.diary.BackLocation;
import org.headback.diary.DayEntry;
import org.headback.diary.DayField;
import org.headback.diary.DayForm;
import org.headback.diary.DayText;
import org.headback.diary.HeadacheKind;
import org.headback.diary.InvalidValueException;

/**
 * The day's editor as the day's form reads it: every box's text and every choice as the form's text, read through
 * {@link DayForm}, each problem put on its field, and an attack's on its attack.
 */
final class EditorForm {
    private final Map<DayField, StringProperty> boxes;
    private final Map<DayField, ReadOnlyStringWrapper> errors;
    private final Set<BackLocation> locations;
    private final ObjectProperty<HeadacheKind> kind;
    private final Set<String> warningSigns;
    private final AttacksViewModel attacks;

    EditorForm(Map<DayField, StringProperty> boxes, Map<DayField, ReadOnlyStringWrapper> errors,
               Set<BackLocation> locations, ObjectProperty<HeadacheKind> kind, Set<String> warningSigns,
               AttacksViewModel attacks) {
        this.boxes = boxes;
        this.errors = errors;
        this.locations = locations;
        this.kind = kind;
        this.warningSigns = warningSigns;
        this.attacks = attacks;
    }

    /** Checks every field through the day's form; marks each wrong one; the entry if all are right. */
    Optional<DayEntry> read(LocalDate date, LocalDate latest) {
        errors.values().forEach(error -> error.set(""));
        var values = new EnumMap<DayField, String>(DayField.class);
        boxes.forEach((field, box) -> values.put(field, box.get()));
        values.put(DayField.DATE, date.toString());
        values.put(DayField.BACK_PAIN, severity(values.get(DayField.BACK_PAIN)));
        values.put(DayField.HEADACHE, severity(values.get(DayField.HEADACHE)));
        values.put(DayField.BACK_PAIN_LOCATION, DayText.locationsText(locations));
        values.put(DayField.HEADACHE_KIND, kind.get() == null ? "" : kind.get().code());
        if (!attacks.attacks().isEmpty()) {
            // The day's headache, kind and hours are its attacks': the boxes, shown read-only, are not the day's.
            Stream.of(DayField.HEADACHE, DayField.HEADACHE_KIND, DayField.HEADACHE_HOURS)
                    .forEach(field -> values.put(field, ""));
        }
        boolean chosenFit = write(values, DayField.MEDICATION, attacks::medicationsText)
                & write(values, DayField.ATTACKS, attacks::attacksText)
                & write(values, DayField.WARNING_SIGNS, () -> DayText.warningSignsText(warningSigns));
        var reading = DayForm.read(values, latest);
        reading.problems().forEach((field, problem) -> errors.get(field).set(problem));
        attacks.showProblem(errors.get(DayField.ATTACKS).get());
        return chosenFit ? reading.day() : Optional.empty();
    }

    /**
     * A severity as typed. Not given at all on a day not recorded (no text), it is saved as 0 (none) with the first
     * change that records the day, and the save state says so; the box is never filled in under the user's typing.
     * A box the user emptied is missing.
     */
    private static String severity(String text) {
        return text == null ? "0" : text;
    }

    /**
     * Puts what was chosen as the form's text; false, with the field's problem shown, when it cannot be written: a
     * medicine's name the form could not read back (one with a colon) is refused by name.
     */
    private boolean write(Map<DayField, String> values, DayField field, Supplier<String> text) {
        try {
            values.put(field, text.get());
            return true;
        } catch (InvalidValueException e) {
            errors.get(e.field()).set(e.problem());
            return false;
        }
    }
}
