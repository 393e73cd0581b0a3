package org.headback.storage;

import java.util.List;
import java.util.Objects;

/**
 * A diary day as stored: plain values, the enums as their codes. Optional values are {@code null} when the user
 * gave none; the diary package turns these rows into checked days.
 *
 * @param day          yyyy-MM-dd
 * @param warningSigns the codes of the warning signs ticked that day
 * @param attacks      the day's headache attacks, in the user's order
 * @param factors      the names of the factors ticked that day; writing the day makes a factor of a name the diary
 *                     does not have yet (as the user's own, shown), and reading gives each factor's current name
 */
public record StoredDay(String day, int backPain, boolean lowerBack, boolean upperBack, boolean neck, int headache,
                        String headacheKind, Double headacheHours, Double sleepHours, Integer stress, String notes,
                        List<StoredMedication> medications, List<String> warningSigns, List<StoredAttack> attacks,
                        List<String> factors) {

    /**
     * One medication of a day, in the user's order.
     *
     * @param takenMinute    minutes after midnight when it was taken, or null
     * @param attackPosition the position of the day's attack it was for (0 for the first), or null
     * @param relief         the relief's code, or null
     */
    public record StoredMedication(String medicationClass, String name, String dose, Integer takenMinute,
                                   Integer attackPosition, String relief) {
        /** A medication with nothing known of when it was taken or what for, as every one before attacks. */
        public StoredMedication(String medicationClass, String name, String dose) {
            this(medicationClass, name, dose, null, null, null);
        }
    }

    /**
     * One headache attack of a day.
     *
     * @param startMinute     minutes after midnight it started, or null
     * @param durationMinutes how long it lasted, or null
     * @param kind            the kind's code, or null
     * @param aura            the aura's code, or null
     */
    public record StoredAttack(Integer startMinute, Integer durationMinutes, int peak, String kind, String aura,
                               boolean nausea, boolean light, boolean sound, boolean layDown, boolean missedWork,
                               String note) {
        public StoredAttack {
            Objects.requireNonNull(note, "note");
        }
    }

    public StoredDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(notes, "notes");
        medications = List.copyOf(medications);
        warningSigns = List.copyOf(warningSigns);
        attacks = List.copyOf(attacks);
        factors = List.copyOf(factors);
    }
}
