package org.headback.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DayTextTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "11   | back_pain: 11 is not between 0 and 10",
        "-1   | back_pain: -1 is not between 0 and 10",
        "abc  | back_pain: “abc” is not a whole number from 0 to 10",
        "3.5  | back_pain: “3.5” is not a whole number from 0 to 10",
        "''   | back_pain: is missing (a whole number from 0 to 10)"})
    void scale_outOfRangeOrNotANumber_isRefusedWithTheField(String text, String message) {
        assertThatThrownBy(() -> DayText.scale(DayField.BACK_PAIN, text))
                .isInstanceOf(InvalidValueException.class).hasMessage(message);
    }

    @Test
    void scale_acceptsZeroToTenWithSpaces() {
        assertThat(DayText.scale(DayField.HEADACHE, " 0")).isZero();
        assertThat(DayText.scale(DayField.HEADACHE, "10 ")).isEqualTo(10);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2026-02-30 | date: 2026-02-30 is not a date",
        "2025-02-29 | date: 2025-02-29 is not a date",
        "2026-13-01 | date: 2026-13-01 is not a date",
        "21/11/2026 | date: “21/11/2026” is not a date written as yyyy-MM-dd",
        "2026-11-22 | date: 2026-11-22 is in the future"})
    void date_thatDoesNotExistOrIsInTheFuture_isRefused(String text, String message) {
        assertThatThrownBy(() -> DayText.date(text, TODAY)).hasMessage(message);
    }

    @Test
    void date_leapDayAndToday_areAccepted() {
        assertThat(DayText.date("2024-02-29", TODAY)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(DayText.date("2026-11-21", TODAY)).isEqualTo(TODAY);
    }

    @Test
    void hours_acceptDecimalPointOrComma_andRefuseOver24() {
        assertThat(DayText.optionalHours(DayField.SLEEP_HOURS, "7,5")).hasValue(7.5);
        assertThat(DayText.optionalHours(DayField.SLEEP_HOURS, "")).isEmpty();
        assertThatThrownBy(() -> DayText.optionalHours(DayField.SLEEP_HOURS, "25"))
                .hasMessage("sleep_hours: 25 is not between 0 and 24");
        assertThatThrownBy(() -> DayText.optionalHours(DayField.HEADACHE_HOURS, "long"))
                .hasMessage("headache_hours: “long” is not a number of hours from 0 to 24");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "7.33333333333333 | 7.333333",
        "7,3333335        | 7.333334",
        "0.333333333333333| 0.333333",
        "23.99999999      | 24",
        "6.99999949999999 | 6.999999",
        "-0.0             | 0"})
    void hours_withMoreThanSixDecimals_areRoundedToSix(String text, double hours) {
        assertThat(DayText.optionalHours(DayField.SLEEP_HOURS, text)).hasValue(hours);
    }

    @Test
    void hours_overTheLimitByATinyFraction_areRefusedBeforeRounding() {
        assertThatThrownBy(() -> DayText.optionalHours(DayField.SLEEP_HOURS, "24.0000001"))
                .hasMessage("sleep_hours: 24.0000001 is not between 0 and 24");
        assertThatThrownBy(() -> DayText.optionalHours(DayField.SLEEP_HOURS, "-0.0000001"))
                .hasMessage("sleep_hours: -0.0000001 is not between 0 and 24");
    }

    @Test
    void hours_withAThousandDecimals_areReadQuickly() {
        assertThat(DayText.optionalHours(DayField.SLEEP_HOURS, "7." + "3".repeat(1000))).hasValue(7.333333);
        assertThat(DayText.optionalHours(DayField.SLEEP_HOURS, "7." + "9".repeat(1_000_000))).hasValue(8);
    }

    @Test
    void hours_roundedOrNot_areWrittenWithAtMostSixDecimals_andReadBackExactly() {
        var random = new java.util.Random(11);
        for (int i = 0; i < 10_000; i++) {
            int millionths = random.nextInt(24_000_001);
            double micro = millionths / 1e6;
            var plain = java.math.BigDecimal.valueOf(millionths, 6).toPlainString();
            var text = i % 2 == 0 ? plain : plain + "4999";
            double read = DayText.optionalHours(DayField.SLEEP_HOURS, text).orElseThrow();
            assertThat(read).as(text).isEqualTo(micro);
            assertThat(new java.math.BigDecimal(DayText.hours(read)).scale()).as(text).isLessThanOrEqualTo(6);
            assertThat(DayText.optionalHours(DayField.SLEEP_HOURS, DayText.hours(read))).as(text).hasValue(read);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"6.0, 6", "'6,0', 6", "10.00, 10", "0.0, 0", "' 3,0 ', 3"})
    void scale_wholeNumberWithAZeroFraction_isRead(String text, int value) {
        assertThat(DayText.scale(DayField.STRESS, text)).isEqualTo(value);
    }

    @Test
    void scale_withAFractionOrOver10_isStillRefused() {
        assertThatThrownBy(() -> DayText.scale(DayField.BACK_PAIN, "6.5"))
                .hasMessage("back_pain: “6.5” is not a whole number from 0 to 10");
        assertThatThrownBy(() -> DayText.scale(DayField.BACK_PAIN, "11.0"))
                .hasMessage("back_pain: 11 is not between 0 and 10");
        assertThatThrownBy(() -> DayText.scale(DayField.BACK_PAIN, "6."))
                .hasMessage("back_pain: “6.” is not a whole number from 0 to 10");
    }

    @Test
    void locations_readCodesInAnyCase_andRefuseUnknownOnes() {
        assertThat(DayText.locations("Lower_Back; neck")).isEqualTo(Set.of(BackLocation.LOWER_BACK, BackLocation.NECK));
        assertThat(DayText.locations("  ")).isEmpty();
        assertThatThrownBy(() -> DayText.locations("knee"))
                .hasMessage("back_pain_location: “knee” is not lower_back, upper_back or neck");
    }

    @Test
    void kind_readsCodeOrLabel() {
        assertThat(DayText.kind("Tension-type")).contains(HeadacheKind.TENSION_TYPE);
        assertThat(DayText.kind("not sure")).contains(HeadacheKind.NOT_SURE);
        assertThatThrownBy(() -> DayText.kind("cluster")).hasMessageStartingWith("headache_kind: “cluster” is not");
    }

    @Test
    void medications_roundTripThroughText() {
        var list = List.of(new Medication(MedicationClass.TRIPTAN, "sumatriptan", "50 mg"),
                new Medication(MedicationClass.SIMPLE_ANALGESIC, "ibuprofen", ""),
                new Medication(MedicationClass.OTHER, "", ""));
        var text = DayText.medicationsText(list);
        assertThat(text).isEqualTo("triptan:sumatriptan:50 mg;simple_analgesic:ibuprofen;other");
        assertThat(DayText.medications(text)).isEqualTo(list);
    }

    @Test
    void medications_unknownClass_isRefused() {
        assertThatThrownBy(() -> DayText.medications("aspirin:500 mg"))
                .hasMessageStartingWith("medication: “aspirin” is not triptan, ergot, opioid");
    }

    @Test
    void hours_areWrittenWithoutTrailingZeros() {
        assertThat(DayText.hours(8.0)).isEqualTo("8");
        assertThat(DayText.hours(7.25)).isEqualTo("7.25");
    }
}
