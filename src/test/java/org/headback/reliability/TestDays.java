package org.headback.reliability;

import java.time.LocalDate;
import java.util.List;
import org.headback.diary.BackLocation;
import org.headback.diary.DayEntry;
import org.headback.diary.HeadacheKind;
import org.headback.diary.Medication;
import org.headback.diary.MedicationClass;

/** Days that can be told apart by their number alone, so a test knows exactly what each saved day must hold. */
final class TestDays {
    /**
     * Day 0: the earliest day a diary takes, so that a test saving days without pause has the most room before it
     * reaches today (a day after today is refused). That is over 46,000 days, about four times what the crash test
     * saves in a run.
     */
    static final LocalDate FIRST = DayEntry.EARLIEST;

    private TestDays() {
    }

    static LocalDate date(int index) {
        return FIRST.plusDays(index);
    }

    /** Day number {@code index}: every value, and how many medications it has, follows from the number. */
    static DayEntry day(int index) {
        var builder = DayEntry.on(date(index)).backPain(index % 11).headache((index / 11) % 11)
                .sleepHours(4 + index % 9).stress(index % 7).notes("day " + index + ", " + "note ".repeat(index % 40));
        if (index % 11 > 0) {
            builder.backLocations(java.util.Set.of(BackLocation.values()[index % BackLocation.values().length]));
        }
        if ((index / 11) % 11 > 0) {
            builder.headacheKind(HeadacheKind.values()[index % HeadacheKind.values().length]);
        }
        var medications = new java.util.ArrayList<Medication>();
        for (int m = 0; m < index % 4; m++) {
            medications.add(new Medication(MedicationClass.values()[m], "medicine " + index, m + "0 mg"));
        }
        return builder.medications(List.copyOf(medications)).build();
    }
}
