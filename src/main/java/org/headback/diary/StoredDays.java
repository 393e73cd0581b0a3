package org.headback.diary;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.headback.storage.StoredDay;
import org.headback.text.Coded;

/** Turns days into the storage's rows and back. */
final class StoredDays {
    private StoredDays() {
    }

    static StoredDay toStored(DayEntry day) {
        var places = day.backLocations();
        return new StoredDay(day.date().toString(), day.backPain(), places.contains(BackLocation.LOWER_BACK),
                places.contains(BackLocation.UPPER_BACK), places.contains(BackLocation.NECK), day.headache(),
                day.headacheKind().map(HeadacheKind::code).orElse(null), boxed(day.headacheHours()),
                boxed(day.sleepHours()), day.stress().isPresent() ? day.stress().getAsInt() : null, day.notes(),
                day.medications().stream().map(m -> new StoredDay.StoredMedication(m.medicationClass().code(),
                        m.name(), m.dose())).toList(), List.copyOf(day.warningSigns()));
    }

    /** A stored row as a day; a row that no longer passes the checks is reported, not silently altered. */
    static DayEntry fromStored(StoredDay row) {
        var places = EnumSet.noneOf(BackLocation.class);
        if (row.lowerBack()) {
            places.add(BackLocation.LOWER_BACK);
        }
        if (row.upperBack()) {
            places.add(BackLocation.UPPER_BACK);
        }
        if (row.neck()) {
            places.add(BackLocation.NECK);
        }
        return new DayEntry(LocalDate.parse(row.day()), row.backPain(), places, row.headache(),
                Optional.ofNullable(row.headacheKind()).flatMap(DayText::kind),
                row.headacheHours() == null ? OptionalDouble.empty() : OptionalDouble.of(row.headacheHours()),
                row.medications().stream().map(m -> new Medication(Coded.parse(MedicationClass.class,
                        m.medicationClass()).orElse(MedicationClass.OTHER), m.name(), m.dose())).toList(),
                row.sleepHours() == null ? OptionalDouble.empty() : OptionalDouble.of(row.sleepHours()),
                row.stress() == null ? OptionalInt.empty() : OptionalInt.of(row.stress()), row.notes(),
                Set.copyOf(row.warningSigns()));
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
