package org.headback.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DayCopyTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final Medication IBUPROFEN = new Medication(MedicationClass.SIMPLE_ANALGESIC, "ibuprofen", "400 mg");

    @Test
    void copy_takesScoresPlacesMedicinesSleepStressAndFactors_butNotNotesWarningSignsOrTimes() {
        var from = DayEntry.on(DAY).backPain(4).backLocations(Set.of(BackLocation.NECK)).headache(3)
                .headacheKind(HeadacheKind.TENSION_TYPE).headacheHours(2).sleepHours(6.5).stress(5)
                .medications(List.of(IBUPROFEN.withDetails(LocalTime.of(8, 15), null, Relief.A_LITTLE)))
                .notes("long drive").warningSigns(Set.of("fever_chills")).factors(Set.of("coffee")).build();

        var copy = DayCopy.of(from, DAY.plusDays(1));

        assertThat(copy).isEqualTo(DayEntry.on(DAY.plusDays(1)).backPain(4).backLocations(Set.of(BackLocation.NECK))
                .headache(3).headacheKind(HeadacheKind.TENSION_TYPE).headacheHours(2).sleepHours(6.5).stress(5)
                .medications(List.of(IBUPROFEN)).factors(Set.of("coffee")).build());
    }

    @Test
    void copyOfADayWithAttacks_takesItsHeadacheScoreAndKind_notTheAttacksTheirHoursOrTheirMedicines() {
        var attack = Attack.ofPeak(7).start(LocalTime.of(14, 0)).duration(Duration.ofHours(3))
                .kind(HeadacheKind.MIGRAINE).build();
        var from = DayEntry.on(DAY).backPain(1).attacks(List.of(attack))
                .medications(List.of(IBUPROFEN.withDetails(LocalTime.of(14, 30), 1, Relief.A_LOT))).build();

        var copy = DayCopy.of(from, DAY.plusDays(1));

        assertThat(copy.hasAttacks()).isFalse();
        assertThat(copy.headache()).isEqualTo(7);
        assertThat(copy.headacheKind()).contains(HeadacheKind.MIGRAINE);
        assertThat(copy.headacheHours()).isEmpty();
        assertThat(copy.medications()).isEmpty();
    }
}
