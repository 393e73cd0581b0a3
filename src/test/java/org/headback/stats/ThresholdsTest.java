package org.headback.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ThresholdsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 5, 1);

    @Test
    void thresholdOutsideOneToTen_isRefusedWithItsName() {
        assertThatThrownBy(() -> new Thresholds(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("back-pain threshold must be 1 to 10, was 0");
        assertThatThrownBy(() -> new Thresholds(1, 11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("headache threshold must be 1 to 10, was 11");
    }

    @Test
    void painDay_isASeverityAtLeastTheThreshold() {
        var thresholds = new Thresholds(5, 2);
        assertThat(thresholds.isBackPainDay(new DayPoint(DAY, 3, 0))).isFalse();
        assertThat(thresholds.isBackPainDay(new DayPoint(DAY, 5, 0))).isTrue();
        assertThat(thresholds.isHeadacheDay(new DayPoint(DAY, 0, 1))).isFalse();
        assertThat(thresholds.isHeadacheDay(new DayPoint(DAY, 0, 2))).isTrue();
        assertThat(Thresholds.DEFAULT.isBackPainDay(new DayPoint(DAY, 1, 0))).isTrue();
        assertThat(Thresholds.DEFAULT.isHeadacheDay(new DayPoint(DAY, 1, 0))).isFalse();
    }

    @Test
    void severityOutsideZeroToTen_isRefused() {
        assertThatThrownBy(() -> new DayPoint(DAY, 11, 0)).hasMessage("back pain must be 0 to 10, was 11");
        assertThatThrownBy(() -> new DayPoint(DAY, 0, -1)).hasMessage("headache must be 0 to 10, was -1");
    }

    @Test
    void negativeTableCell_isRefused() {
        assertThatThrownBy(() -> new Table2x2(1, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Table2x2(1, 2, 3, 4).total()).isEqualTo(10);
    }
}
