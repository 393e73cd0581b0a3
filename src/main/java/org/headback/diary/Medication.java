package org.headback.diary;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One acute medication taken on a day, perhaps for one of the day's attacks. One taken on a day without an attack,
 * or with nothing but its class known, stays valid.
 *
 * @param name   free text such as "sumatriptan"; may be empty
 * @param dose   free text such as "50 mg"; may be empty
 * @param taken  when it was taken, to the minute
 * @param attack which of the day's attacks it was taken for, counted from 1; {@link DayEntry} checks the day has it
 * @param relief how much it helped two hours later
 */
public record Medication(MedicationClass medicationClass, String name, String dose, Optional<LocalTime> taken,
                         OptionalInt attack, Optional<Relief> relief) {
    /** Name and dose are kept to a line each; this many characters at most. */
    public static final int MAX_TEXT = 200;

    public Medication {
        Objects.requireNonNull(medicationClass, "medicationClass");
        name = checked("name", name);
        dose = checked("dose", dose);
        Objects.requireNonNull(taken, "taken");
        Objects.requireNonNull(attack, "attack");
        Objects.requireNonNull(relief, "relief");
        taken.ifPresent(time -> {
            if (time.getSecond() != 0 || time.getNano() != 0) {
                throw new InvalidValueException(DayField.MEDICATION, "the time taken " + time
                        + " is not a whole minute");
            }
        });
        if (attack.isPresent() && attack.getAsInt() < 1) {
            throw new InvalidValueException(DayField.MEDICATION, "attack " + attack.getAsInt()
                    + " is not an attack's number (1 is the day's first)");
        }
    }

    /** A medication with nothing known but its class, name and dose. */
    public Medication(MedicationClass medicationClass, String name, String dose) {
        this(medicationClass, name, dose, Optional.empty(), OptionalInt.empty(), Optional.empty());
    }

    /** The same medication, taken at this time, for this attack (counted from 1), with this relief. */
    public Medication withDetails(LocalTime time, Integer attackNumber, Relief reliefAfterTwoHours) {
        return new Medication(medicationClass, name, dose, Optional.ofNullable(time),
                attackNumber == null ? OptionalInt.empty() : OptionalInt.of(attackNumber),
                Optional.ofNullable(reliefAfterTwoHours));
    }

    /** Whether anything beyond class, name and dose is known. */
    public boolean hasDetails() {
        return taken.isPresent() || attack.isPresent() || relief.isPresent();
    }

    /** Name and dose checked as the kept list checks them too. */
    static String checked(String what, String text) {
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
