package org.headback.diary;

import java.util.Objects;

/**
 * One acute medication taken on a day.
 *
 * @param name free text such as "sumatriptan"; may be empty
 * @param dose free text such as "50 mg"; may be empty
 */
public record Medication(MedicationClass medicationClass, String name, String dose) {
    /** Name and dose are kept to a line each; this many characters at most. */
    public static final int MAX_TEXT = 200;

    public Medication {
        Objects.requireNonNull(medicationClass, "medicationClass");
        name = checked("name", name);
        dose = checked("dose", dose);
    }

    private static String checked(String what, String text) {
        var value = text == null ? "" : text.strip();
        if (value.length() > MAX_TEXT) {
            throw new InvalidValueException(DayField.MEDICATION, "the " + what + " is longer than " + MAX_TEXT
                    + " characters");
        }
        if (value.contains(";") || value.contains(":") || value.contains("\n") || value.contains("\r")) {
            throw new InvalidValueException(DayField.MEDICATION, "the " + what + " “" + value
                    + "” cannot contain ; or : or a line break");
        }
        return value;
    }
}
