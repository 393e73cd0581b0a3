package org.headback.diary;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
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
                day.medications().stream().map(StoredDays::toStored).toList(), List.copyOf(day.warningSigns()),
                day.attacks().stream().map(StoredDays::toStored).toList(), List.copyOf(day.factors()));
    }

    private static StoredDay.StoredMedication toStored(Medication medication) {
        return new StoredDay.StoredMedication(medication.medicationClass().code(), medication.name(),
                medication.dose(), medication.taken().map(StoredDays::minute).orElse(null),
                medication.attack().isPresent() ? medication.attack().getAsInt() - 1 : null,
                medication.relief().map(Relief::code).orElse(null));
    }

    private static StoredDay.StoredAttack toStored(Attack attack) {
        return new StoredDay.StoredAttack(attack.start().map(StoredDays::minute).orElse(null),
                attack.duration().map(duration -> (int) duration.toMinutes()).orElse(null), attack.peak(),
                attack.kind().map(HeadacheKind::code).orElse(null), attack.aura().map(Aura::code).orElse(null),
                attack.with().contains(Symptom.NAUSEA), attack.with().contains(Symptom.LIGHT),
                attack.with().contains(Symptom.SOUND), attack.cost().contains(AttackCost.LAY_DOWN),
                attack.cost().contains(AttackCost.MISSED_WORK_OR_SCHOOL), attack.note());
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
                row.medications().stream().map(StoredDays::fromStored).toList(),
                row.sleepHours() == null ? OptionalDouble.empty() : OptionalDouble.of(row.sleepHours()),
                row.stress() == null ? OptionalInt.empty() : OptionalInt.of(row.stress()), row.notes(),
                Set.copyOf(row.warningSigns()), row.attacks().stream().map(StoredDays::fromStored).toList(),
                Set.copyOf(row.factors()));
    }

    private static Medication fromStored(StoredDay.StoredMedication row) {
        return new Medication(Coded.parse(MedicationClass.class, row.medicationClass()).orElse(MedicationClass.OTHER),
                row.name(), row.dose(), Optional.ofNullable(row.takenMinute()).map(StoredDays::time),
                row.attackPosition() == null ? OptionalInt.empty() : OptionalInt.of(row.attackPosition() + 1),
                Optional.ofNullable(row.relief()).map(code -> code(Relief.class, code)));
    }

    private static Attack fromStored(StoredDay.StoredAttack row) {
        var with = EnumSet.noneOf(Symptom.class);
        addIf(with, row.nausea(), Symptom.NAUSEA);
        addIf(with, row.light(), Symptom.LIGHT);
        addIf(with, row.sound(), Symptom.SOUND);
        var cost = EnumSet.noneOf(AttackCost.class);
        addIf(cost, row.layDown(), AttackCost.LAY_DOWN);
        addIf(cost, row.missedWork(), AttackCost.MISSED_WORK_OR_SCHOOL);
        return new Attack(Optional.ofNullable(row.startMinute()).map(StoredDays::time),
                Optional.ofNullable(row.durationMinutes()).map(Duration::ofMinutes), row.peak(),
                Optional.ofNullable(row.kind()).map(code -> code(HeadacheKind.class, code)),
                Optional.ofNullable(row.aura()).map(code -> code(Aura.class, code)), with, cost, row.note());
    }

    private static <E extends Enum<E>> void addIf(Set<E> set, boolean ticked, E value) {
        if (ticked) {
            set.add(value);
        }
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
        return Coded.parse(type, code).orElseThrow(() -> new IllegalStateException("The diary holds “" + code
                + "”, which is not " + Coded.allowed(type)));
    }

    private static int minute(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static LocalTime time(int minute) {
        return LocalTime.of(minute / 60, minute % 60);
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
