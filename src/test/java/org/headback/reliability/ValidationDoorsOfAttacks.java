package org.headback.reliability;

import static org.headback.reliability.ValidationDoorsTest.bad;

import java.util.Map;
import java.util.stream.Stream;
import org.headback.diary.DayField;
import org.junit.jupiter.params.provider.Arguments;

/** The rows of {@link ValidationDoorsTest}'s table for attacks, factors and what a medication was taken for. */
final class ValidationDoorsOfAttacks {
    private ValidationDoorsOfAttacks() {
    }

    /**
     * Bad values of what a day holds since attacks and factors: the form reads them all, {@code diary add} and a CSV
     * import give every one of them ({@code --attack}, {@code --factor}, the {@code attacks} and {@code factors}
     * columns), and the window cannot give them yet.
     */
    static Stream<Arguments> newBadValues() {
        return Stream.of(
                bad("attack start 25:00", DayField.ATTACKS, "25:00;1h;5",
                        "attack 1: the start “25:00” is not a time of day from 00:00 to 23:59"),
                bad("attack start 14:60", DayField.ATTACKS, "14:60;;5",
                        "attack 1: the start “14:60” is not a time of day from 00:00 to 23:59"),
                bad("attack end at its start", DayField.ATTACKS, "14:00-14:00;;5",
                        "attack 1: the end 14:00 is the start: an attack lasts at least a minute"),
                bad("attack end without a start", DayField.ATTACKS, "-13:00;;5",
                        "attack 1: an end time is given, but no start"),
                bad("attack end before the start, not past midnight by its duration", DayField.ATTACKS,
                        "14:00-13:00;1h;5", "attack 1: the duration 1h is not the time from 14:00 to 13:00 (23h)"),
                bad("attack longer than 72 hours", DayField.ATTACKS, ";73h;5",
                        "attack 1: the duration 73h is not between 1 minute and 72 hours"),
                bad("attack peak 11", DayField.ATTACKS, "14:00;3h;11", "attack 1: the peak 11 is not between 0 and 10"),
                bad("second attack without a peak", DayField.ATTACKS, ";;3 | 14:00",
                        "attack 2: the peak is missing (a whole number from 0 to 10)"),
                bad("unknown aura", DayField.ATTACKS, ";;5;migraine;maybe",
                        "attack 1: the aura “maybe” is not yes, no or not_sure"),
                bad("unknown companion of an attack", DayField.ATTACKS, ";;5;;;nausea,dizzy",
                        "attack 1: what came with it “dizzy” is not nausea, light or sound"),
                bad("attack note too long", DayField.ATTACKS, ";;5;;;;;" + "x".repeat(100_001),
                        "attack 1: the note is longer than 100,000 characters"),
                bad("headache that contradicts the attacks", Map.of(DayField.ATTACKS, "14:00;3h;7"),
                        DayField.HEADACHE, "3 is given, but the highest peak of the day's attacks is 7", false),
                bad("medicine for an attack the day does not have", Map.of(DayField.ATTACKS, "14:00;3h;3",
                        DayField.MEDICATION, "triptan:sumatriptan::attack 2"), DayField.MEDICATION,
                        "“sumatriptan” is for attack 2, but the day has no attack 2", false),
                bad("medicine taken at 25:00", DayField.MEDICATION, "triptan:sumatriptan:50 mg:taken 25:00",
                        "the time taken “25:00” is not a time of day from 00:00 to 23:59"),
                bad("unknown relief", DayField.MEDICATION, "triptan:::relief some",
                        "the relief “some” is not not_at_all, a_little, a_lot or pain_gone"),
                bad("factor name of 200 characters", DayField.FACTORS, "n".repeat(200),
                        "the factor name “" + "n".repeat(40) + "…” is longer than 60 characters"),
                bad("factor name with a control character", DayField.FACTORS, "coffee\u0007",
                        "the factor name “coffee�” contains a control character"),
                bad("factor ticked twice ignoring case", DayField.FACTORS, "coffee;Coffee",
                        "“Coffee” is ticked twice (names that differ only in case are one factor)")
        ).map(Arguments::of);
    }

    /** The rows of {@link #newBadValues} that {@code diary add} and a CSV import can give: all of them. */
    static Stream<Arguments> newBadValuesOfTheOtherDoors() {
        return newBadValues();
    }
}
