package org.headback.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule for how a day's headache and its attacks live together. */
class DayWithAttacksTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 4);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static Attack attack(int peak, HeadacheKind kind, Duration duration) {
        return Attack.ofPeak(peak).kind(kind).duration(duration).build();
    }

    @Test
    void aDayWithoutAttacks_keepsItsOwnScoreKindAndHours() {
        var day = DayEntry.on(DAY).headache(6).headacheKind(HeadacheKind.TENSION_TYPE).headacheHours(2.5).build();

        assertThat(day.headache()).isEqualTo(6);
        assertThat(day.headacheKind()).contains(HeadacheKind.TENSION_TYPE);
        assertThat(day.headacheHours()).hasValue(2.5);
        assertThat(day.attacks()).isEmpty();
        assertThat(day.factors()).isEmpty();
    }

    @Test
    void aDayWithAttacks_takesTheHighestPeak_theKindOfTheFirstWithIt_andTheSumOfTheDurations() {
        var day = DayEntry.on(DAY).headache(2).attacks(List.of(attack(5, HeadacheKind.TENSION_TYPE,
                Duration.ofMinutes(40)), attack(8, HeadacheKind.MIGRAINE, Duration.ofHours(3)),
                attack(8, HeadacheKind.OTHER, null))).build();

        assertThat(day.headache()).isEqualTo(8);
        assertThat(day.headacheKind()).contains(HeadacheKind.MIGRAINE);
        assertThat(day.headacheHours()).hasValue(3.666667);
    }

    @Test
    void hoursFromAttacks_areAtMost24_andNoneWhenNoDurationIsKnown() {
        var long1 = DayEntry.on(DAY).attacks(List.of(attack(4, null, Duration.ofHours(20)),
                attack(6, null, Duration.ofHours(10)))).build();
        var unknown = DayEntry.on(DAY).headacheHours(5).attacks(List.of(attack(4, null, null))).build();

        assertThat(long1.headacheHours()).hasValue(24);
        assertThat(long1.headacheKind()).isEmpty();
        assertThat(unknown.headacheHours()).isEmpty();
    }

    @Test
    void attacksOfPeakZero_areNoHeadache_withNoKindAndNoHours() {
        var day = DayEntry.on(DAY).attacks(List.of(attack(0, HeadacheKind.MIGRAINE, Duration.ofHours(1)))).build();

        assertThat(day.hasHeadache()).isFalse();
        assertThat(day.headacheKind()).isEmpty();
        assertThat(day.headacheHours()).isEmpty();
    }

    @Test
    void aMedicationForAnAttackTheDayDoesNotHave_isRefused_andOneWithoutAnAttackStaysValid() {
        var triptan = new Medication(MedicationClass.TRIPTAN, "sumatriptan", "50 mg");
        var forSecond = triptan.withDetails(LocalTime.of(14, 30), 2, Relief.A_LOT);

        assertThatThrownBy(() -> DayEntry.on(DAY).attacks(List.of(attack(7, null, null))).medications(
                List.of(forSecond)).build())
                .hasMessage("medication: “sumatriptan” is for attack 2, but the day has no attack 2");
        assertThat(DayEntry.on(DAY).medications(List.of(triptan.withDetails(LocalTime.of(9, 0), null,
                Relief.A_LITTLE))).build().medications()).hasSize(1);
        assertThatThrownBy(() -> triptan.withDetails(null, 0, null))
                .hasMessage("medication: attack 0 is not an attack's number (1 is the day's first)");
    }

    private static Map<DayField, String> form(Map<DayField, String> given) {
        var values = new EnumMap<DayField, String>(DayField.class);
        values.put(DayField.DATE, DAY.toString());
        values.put(DayField.BACK_PAIN, "2");
        values.putAll(given);
        return values;
    }

    @Test
    void theForm_takesABlankHeadacheWithAttacks_andTheSameValuesAgain() {
        var attacks = "14:00;3h;7;migraine";

        var blank = DayForm.read(form(Map.of(DayField.ATTACKS, attacks)), TODAY);
        var same = DayForm.read(form(Map.of(DayField.ATTACKS, attacks, DayField.HEADACHE, "7",
                DayField.HEADACHE_KIND, "migraine", DayField.HEADACHE_HOURS, "3")), TODAY);

        assertThat(blank.problems()).isEmpty();
        assertThat(blank.day().orElseThrow().headache()).isEqualTo(7);
        assertThat(same.day()).isEqualTo(blank.day());
    }

    @Test
    void theForm_refusesAScoreKindOrHoursThatContradictTheAttacks_eachOnItsField() {
        var reading = DayForm.read(form(Map.of(DayField.ATTACKS, "14:00;3h;7;migraine", DayField.HEADACHE, "5",
                DayField.HEADACHE_KIND, "tension_type", DayField.HEADACHE_HOURS, "2")), TODAY);

        assertThat(reading.problems()).containsExactly(
                Map.entry(DayField.HEADACHE, "5 is given, but the highest peak of the day's attacks is 7"),
                Map.entry(DayField.HEADACHE_KIND, "tension_type is given, but the attack with the highest peak is"
                        + " migraine"),
                Map.entry(DayField.HEADACHE_HOURS, "2 is given, but the attacks' durations add up to 3"));
    }

    @Test
    void theForm_withoutAttacks_stillNeedsTheHeadache() {
        assertThat(DayForm.read(form(Map.of()), TODAY).problems())
                .containsExactly(Map.entry(DayField.HEADACHE, "is missing (a whole number from 0 to 10)"));
        assertThat(DayForm.read(form(Map.of(DayField.ATTACKS, " | ")), TODAY).problems())
                .as("attacks text that names none").containsExactly(Map.entry(DayField.HEADACHE,
                        "is missing (a whole number from 0 to 10)"));
        assertThat(DayForm.read(form(Map.of(DayField.ATTACKS, ";;11")), TODAY).problems())
                .as("a bad attack is said on its own field").containsOnlyKeys(DayField.ATTACKS);
    }
}
