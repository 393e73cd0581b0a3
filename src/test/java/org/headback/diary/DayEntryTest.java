package org.headback.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DayEntryTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 4);

    @Test
    void severityOutOfRange_isRefusedWhateverDoorItCameBy() {
        assertThatThrownBy(() -> DayEntry.on(DAY).backPain(11).build())
                .hasMessage("back_pain: 11 is not between 0 and 10");
        assertThatThrownBy(() -> DayEntry.on(DAY).headache(-1).build())
                .hasMessage("headache: -1 is not between 0 and 10");
        assertThatThrownBy(() -> DayEntry.on(DAY).stress(12).build()).hasMessage("stress: 12 is not between 0 and 10");
        assertThatThrownBy(() -> DayEntry.on(DAY).sleepHours(25).build())
                .hasMessage("sleep_hours: 25 is not between 0 and 24");
    }

    @Test
    void detailsOfAPainThatWasNotThere_areRefused() {
        assertThatThrownBy(() -> DayEntry.on(DAY).backLocations(Set.of(BackLocation.NECK)).build())
                .hasMessage("back_pain_location: a place is given, but back_pain is 0");
        assertThatThrownBy(() -> DayEntry.on(DAY).headacheKind(HeadacheKind.MIGRAINE).build())
                .hasMessage("headache_kind: a kind is given, but headache is 0");
        assertThatThrownBy(() -> DayEntry.on(DAY).headacheHours(3).build())
                .hasMessage("headache_hours: hours are given, but headache is 0");
    }

    @Test
    void dayWithNoPain_isARecordedDay_differentFromNoRecord() {
        var calm = DayEntry.on(DAY).build();
        assertThat(calm.hasBackPain()).isFalse();
        assertThat(calm.hasHeadache()).isFalse();
        assertThat(calm.notes()).isEmpty();
    }

    @Test
    void toBuilder_copiesEveryValue() {
        var day = DayEntry.on(DAY).backPain(4).backLocations(Set.of(BackLocation.LOWER_BACK)).headache(6)
                .headacheKind(HeadacheKind.MIGRAINE).headacheHours(5.5).sleepHours(6).stress(7).notes("n").build();
        assertThat(day.toBuilder().build()).isEqualTo(day);
    }

    @Test
    void negativeZeroHours_areZero_soTheDayReadsBackAsSaved() {
        var day = DayEntry.on(DAY).headacheHours(-0.0).sleepHours(-0.0).build();
        assertThat(day).isEqualTo(DayEntry.on(DAY).headacheHours(0).sleepHours(0).build());
        assertThat(Double.doubleToRawLongBits(day.sleepHours().getAsDouble())).isZero();
    }
}
