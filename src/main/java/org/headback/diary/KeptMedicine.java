package org.headback.diary;

import java.util.Objects;

/**
 * A medicine in the user's list, so that taking it is one choice rather than typing: its class keeps counting for
 * the ICHD-3 lines as a day's medication does. A preventive one is taken daily, not for an attack, over
 * {@link PreventiveCourse courses}. Its name is unique in the list ignoring case.
 *
 * @param name      1–{@link Medication#MAX_TEXT} characters, as a medication's name
 * @param usualDose as a medication's dose; may be empty
 * @param hidden    no longer offered; the days it was taken keep it
 */
public record KeptMedicine(String name, MedicationClass medicationClass, String usualDose, boolean preventive,
                           boolean hidden) {
    public KeptMedicine {
        name = checkName(name);
        Objects.requireNonNull(medicationClass, "medicationClass");
        usualDose = Medication.checked("dose", usualDose);
    }

    /** A kept medicine's name, stripped; refused empty, too long, or holding what separates a day's medicines. */
    public static String checkName(String name) {
        var checked = Medication.checked("name", name);
        if (checked.isEmpty()) {
            throw new InvalidValueException(DayField.MEDICATION, "a kept medicine's name is empty");
        }
        return checked;
    }

    /**
     * A name or dose entering the list, refused when it holds a control character: a tab or bell would break the
     * list's lines. Checked where a medicine is added or renamed, so that one kept already still reads.
     */
    static String checkedEntering(String what, String text) {
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(DayField.MEDICATION, "the " + what + " "
                    + DayText.quoted(text.replaceAll("\\p{Cntrl}", "\uFFFD")) + " contains a control character");
        }
        return text;
    }

    /** This medicine taken once, at its usual dose. */
    public Medication asTaken() {
        return new Medication(medicationClass, name, usualDose);
    }
}
