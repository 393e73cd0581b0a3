package org.headback.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.headback.diary.Attack;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.diary.Medication;
import org.headback.diary.MedicationClass;
import org.headback.diary.Relief;
import org.junit.jupiter.api.Test;

/** Attacks per month from a small diary whose answers are known. */
class AttackMonthTest {
    private static final DateRange AUG_SEP = new DateRange(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 30));

    static Attack lasting(int minutes) {
        return Attack.ofPeak(6).duration(Duration.ofMinutes(minutes)).build();
    }

    static Medication takenFor(int attack, Relief relief) {
        return new Medication(MedicationClass.TRIPTAN, "sumatriptan", "50 mg").withDetails(null, attack, relief);
    }

    static DayEntry day(int month, int dayOfMonth, List<Attack> attacks, List<Medication> taken) {
        return DayEntry.on(LocalDate.of(2026, month, dayOfMonth)).attacks(attacks).medications(taken).build();
    }

    /** August: 4 attacks, 3 durations known (1 h, 2 h, 4 h), 3 reliefs of which 2 helped; September: 1 of each. */
    static List<DayEntry> diary() {
        return List.of(
                day(8, 3, List.of(lasting(60), lasting(120)), List.of(takenFor(1, Relief.A_LOT),
                        takenFor(2, Relief.NOT_AT_ALL))),
                day(8, 10, List.of(lasting(240)), List.of(takenFor(1, Relief.PAIN_GONE))),
                day(8, 12, List.of(Attack.ofPeak(3).build()), List.of(new Medication(MedicationClass.SIMPLE_ANALGESIC,
                        "ibuprofen", "400 mg").withDetails(null, null, Relief.A_LOT), takenFor(1, null))),
                DayEntry.on(LocalDate.of(2026, 8, 20)).headache(5).build(),
                DayEntry.on(LocalDate.of(2026, 8, 21)).backPain(4).build(),
                day(9, 5, List.of(lasting(30)), List.of(takenFor(1, Relief.A_LITTLE))),
                DayEntry.on(LocalDate.of(2026, 10, 2)).attacks(List.of(lasting(50))).build());
    }

    @Test
    void aMonth_countsItsAttacks_mediansTheKnownDurations_andCountsReliefsOfMedicineTakenForAnAttack() {
        var august = AttackMonth.of(AUG_SEP, diary()).get(0);
        assertThat(august.month()).isEqualTo(YearMonth.of(2026, 8));
        assertThat(august.attacks()).isEqualTo(4);
        assertThat(august.recordedDays()).isEqualTo(5);
        assertThat(august.complete()).isFalse();
        assertThat(august.medianDuration()).contains(Duration.ofHours(2));
        assertThat(august.helped()).isEqualTo(2);
        assertThat(august.withRelief()).isEqualTo(3);
        assertThat(august.enoughReliefs()).isTrue();
    }

    @Test
    void tooFewDurationsOrReliefs_giveNoMedianAndNoShare() {
        var september = AttackMonth.of(AUG_SEP, diary()).get(1);
        assertThat(september.attacks()).isEqualTo(1);
        assertThat(september.durations()).containsExactly(Duration.ofMinutes(30));
        assertThat(september.medianDuration()).isEmpty();
        assertThat(september.withRelief()).isEqualTo(1);
        assertThat(september.enoughReliefs()).isFalse();
    }

    @Test
    void anEvenNumberOfDurations_hasTheMeanOfTheMiddleTwoAsMedian() {
        var days = List.of(day(8, 1, List.of(lasting(60), lasting(90), lasting(100), lasting(120)), List.of()));
        assertThat(AttackMonth.of(AUG_SEP, days).get(0).medianDuration()).contains(Duration.ofMinutes(95));
    }

    @Test
    void theRangesMonths_allAppear_aMonthWithoutARecordIsNotRecorded_andDaysOutsideAreLeftOut() {
        var months = AttackMonth.of(AUG_SEP, diary());
        assertThat(months).extracting(AttackMonth::month).containsExactly(YearMonth.of(2026, 8),
                YearMonth.of(2026, 9));
        var empty = AttackMonth.of(new DateRange(LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 31)), diary());
        assertThat(empty).singleElement().satisfies(month -> {
            assertThat(month.recorded()).isFalse();
            assertThat(month.possibleDays()).isEqualTo(17);
        });
    }

    @Test
    void headacheDaysRecordedTheOldWay_areCountedApart_notAsAttacks() {
        assertThat(AttackMonth.headacheDaysWithoutAttacks(AUG_SEP, diary())).isEqualTo(1);
    }
}
