package org.headback.diary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.headback.text.Coded;

/**
 * What is known of a medication beyond class, name and dose, as text after its dose: "taken 14:30, attack 1, relief
 * a_lot", each part optional, in any order, separated by commas.
 */
final class MedicationDetails {
    private static final String TAKEN = "taken ";
    private static final String ATTACK = "attack ";
    private static final String RELIEF = "relief ";
    private static final List<String> KEYS = List.of(TAKEN, ATTACK, RELIEF);

    private MedicationDetails() {
    }

    /** Whether the text after a dose is meant as details (it starts with one of their words). */
    static boolean looksLikeDetails(String text) {
        var value = text.strip().toLowerCase(Locale.ROOT);
        return value.isEmpty() || KEYS.stream().anyMatch(value::startsWith);
    }

    /** The medication with the details the text gives. */
    static Medication read(Medication medication, String text) {
        var taken = medication.taken().orElse(null);
        Integer attack = null;
        Relief relief = null;
        for (var part : text.split(",")) {
            var value = part.strip();
            var lower = value.toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            if (lower.startsWith(TAKEN)) {
                taken = TimeText.time(DayField.MEDICATION, "the time taken", value.substring(TAKEN.length()));
            } else if (lower.startsWith(ATTACK)) {
                attack = attackNumber(value.substring(ATTACK.length()).strip());
            } else if (lower.startsWith(RELIEF)) {
                var code = value.substring(RELIEF.length());
                relief = Coded.parse(Relief.class, code).orElseThrow(() -> new InvalidValueException(
                        DayField.MEDICATION, "the relief " + DayText.quoted(code.strip()) + " is not "
                        + Coded.allowed(Relief.class)));
            } else {
                throw new InvalidValueException(DayField.MEDICATION, DayText.quoted(value)
                        + " is not taken HH:MM, attack N or relief …");
            }
        }
        return medication.withDetails(taken, attack, relief);
    }

    private static int attackNumber(String text) {
        if (!text.matches("\\d{1,4}") || Integer.parseInt(text) < 1) {
            throw new InvalidValueException(DayField.MEDICATION, "attack " + DayText.quoted(text)
                    + " is not an attack's number (1 is the day's first)");
        }
        return Integer.parseInt(text);
    }

    /** "taken 14:30, attack 1, relief a_lot", the parts known, as {@link #read} reads them. */
    static String text(Medication medication) {
        var parts = new ArrayList<String>();
        medication.taken().ifPresent(time -> parts.add(TAKEN + TimeText.timeText(time)));
        medication.attack().ifPresent(number -> parts.add(ATTACK + number));
        medication.relief().ifPresent(relief -> parts.add(RELIEF + relief.code()));
        return String.join(", ", parts);
    }
}
