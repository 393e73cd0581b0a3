package org.headback.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.headback.diary.DateRange;
import org.junit.jupiter.api.Test;

/** The charts' ranges keep to the days a diary can hold: from 1900 to today. */
class RangeChoiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final LocalDate FAR_AHEAD = LocalDate.of(9999, 12, 31);

    @Test
    void all_ofADiaryWithADayBefore1900_startsIn1900() {
        assertThat(RangeChoice.ALL.range(TODAY, Optional.of(LocalDate.of(1753, 6, 1)), null, null))
                .contains(new DateRange(LocalDate.of(1900, 1, 1), TODAY));
    }

    @Test
    void custom_endingAfterToday_endsToday() {
        assertThat(RangeChoice.CUSTOM.range(TODAY, Optional.empty(), TODAY.minusDays(9), FAR_AHEAD))
                .contains(DateRange.lastDays(10, TODAY));
    }

    @Test
    void custom_startingBefore1900OrInTheFuture_isNoRange() {
        assertThat(RangeChoice.CUSTOM.range(TODAY, Optional.empty(), LocalDate.of(1899, 12, 31), TODAY)).isEmpty();
        assertThat(RangeChoice.CUSTOM.range(TODAY, Optional.empty(), TODAY.plusDays(1), FAR_AHEAD)).isEmpty();
    }
}
