package org.headback.storage;

import java.util.List;
import java.util.Objects;

/**
 * A diary day as stored: plain values, the enums as their codes. Optional values are {@code null} when the user
 * gave none; the diary package turns these rows into checked days.
 *
 * @param day          yyyy-MM-dd
 * @param warningSigns the codes of the warning signs ticked that day
 */
public record StoredDay(String day, int backPain, boolean lowerBack, boolean upperBack, boolean neck, int headache,
                        String headacheKind, Double headacheHours, Double sleepHours, Integer stress, String notes,
                        List<StoredMedication> medications, List<String> warningSigns) {

    /** One medication of a day, in the user's order. */
    public record StoredMedication(String medicationClass, String name, String dose) {
    }

    public StoredDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(notes, "notes");
        medications = List.copyOf(medications);
        warningSigns = List.copyOf(warningSigns);
    }
}
