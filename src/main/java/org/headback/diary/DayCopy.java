package org.headback.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * "Same as yesterday": a day's values taken as the starting point of another day. What tends to carry over is
 * copied: the scores, where the back hurt, the headache's kind (and its hours, when the day had no attacks to give
 * them), the medications taken that day (class, name and dose: not when, nor how well they helped), sleep, stress and
 * the factors ticked. What belongs to that day alone is not: its attacks and their times, its notes, and the warning
 * signs, which are only ever ticked by the user.
 */
public final class DayCopy {
    private DayCopy() {
    }

    /** The values of {@code from} on the day {@code to}. */
    public static DayEntry of(DayEntry from, LocalDate to) {
        var copy = DayEntry.on(to).backPain(from.backPain()).backLocations(from.backLocations())
                .headache(from.headache()).medications(dayMedications(from.medications()))
                .factors(from.factors()).warningSigns(Set.of()).notes("");
        from.headacheKind().ifPresent(copy::headacheKind);
        if (!from.hasAttacks()) {
            from.headacheHours().ifPresent(copy::headacheHours);
        }
        from.sleepHours().ifPresent(copy::sleepHours);
        from.stress().ifPresent(copy::stress);
        return copy.build();
    }

    private static List<Medication> dayMedications(List<Medication> taken) {
        return taken.stream().filter(medication -> medication.attack().isEmpty())
                .map(medication -> new Medication(medication.medicationClass(), medication.name(), medication.dose()))
                .toList();
    }
}
