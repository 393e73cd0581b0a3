package org.headback.diary.other;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A medicine another diary recorded as taken on a day.
 *
 * @param dose  the dose or amount as the file gives it ("2 x 400 mg", "400 mg", "× 2"); empty when not given
 * @param taken when it was taken, to the minute, when the file says
 * @param line  the line of the file it is on; for Headi, the line of the episode it was taken for
 */
public record Intake(LocalDate day, String medicine, String dose, Optional<LocalTime> taken, long line) {
    public Intake {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(medicine, "medicine");
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(taken, "taken");
    }
}
