package org.headback.stats;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One recorded day's severities. Days not recorded are simply absent from the input list: a day with both
 * severities 0 is a recorded day without pain, which is not the same as a day nobody wrote down.
 *
 * @param backPain 0–10, 0 meaning none
 * @param headache 0–10, 0 meaning none
 */
public record DayPoint(LocalDate date, int backPain, int headache) {
    public static final int MAX_SEVERITY = 10;

    public DayPoint {
        Objects.requireNonNull(date, "date");
        checkSeverity("back pain", backPain);
        checkSeverity("headache", headache);
    }

    private static void checkSeverity(String name, int value) {
        if (value < 0 || value > MAX_SEVERITY) {
            throw new IllegalArgumentException(name + " must be 0 to 10, was " + value);
        }
    }
}
