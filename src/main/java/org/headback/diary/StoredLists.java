package org.headback.diary;

import java.time.LocalDate;
import java.util.Optional;
import org.headback.storage.StoredCourse;
import org.headback.storage.StoredFactor;
import org.headback.storage.StoredMedicine;
import org.headback.text.Coded;

/** Turns the user's factors, kept medicines and preventive courses into the storage's rows and back. */
final class StoredLists {
    private StoredLists() {
    }

    static StoredFactor toStored(Factor factor) {
        return new StoredFactor(factor.name(), factor.effect().code(), factor.hidden(),
                factor.suggested().orElse(null));
    }

    static Factor fromStored(StoredFactor row) {
        return new Factor(row.name(), Coded.parse(FactorEffect.class, row.effect()).orElse(FactorEffect.NONE),
                row.hidden(), Optional.ofNullable(row.suggested()));
    }

    static StoredMedicine toStored(KeptMedicine medicine) {
        return new StoredMedicine(medicine.name(), medicine.medicationClass().code(), medicine.usualDose(),
                medicine.preventive(), medicine.hidden());
    }

    static KeptMedicine fromStored(StoredMedicine row) {
        return new KeptMedicine(row.name(), Coded.parse(MedicationClass.class, row.medicationClass())
                .orElse(MedicationClass.OTHER), row.dose(), row.preventive(), row.hidden());
    }

    static StoredCourse toStored(PreventiveCourse course) {
        return new StoredCourse(course.medicine(), course.start().toString(),
                course.stop().map(LocalDate::toString).orElse(null));
    }

    static PreventiveCourse fromStored(StoredCourse row) {
        return new PreventiveCourse(row.medicine(), LocalDate.parse(row.start()),
                Optional.ofNullable(row.stop()).map(LocalDate::parse));
    }
}
