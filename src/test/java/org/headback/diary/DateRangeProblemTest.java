package org.headback.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one check of a range the user gave, in the command line's words and in the window's. */
class DateRangeProblemTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final DateRange.Ends WINDOW = DateRange.Ends.fields(day -> "[" + day + "]", true);
    private static final DateRange.Ends OPTIONS = DateRange.Ends.OPTIONS;

    @Test
    void aRangeWithinTheDiary_isFine_andALastDayAfterTheLatestMeansThatDay() {
        assertThat(DateRange.problem(TODAY.minusDays(9), TODAY, TODAY, TODAY, WINDOW)).isEmpty();
        assertThat(DateRange.problem(TODAY.minusDays(9), LocalDate.of(9999, 12, 31), TODAY, TODAY, WINDOW))
                .isEmpty();
        assertThat(DateRange.problem(TODAY, TODAY, TODAY, TODAY, OPTIONS)).isEmpty();
    }

    @Test
    void anEmptyEnd_isAskedForInTheWindow_andOpenOnTheCommandLine() {
        assertThat(DateRange.problem(null, TODAY, TODAY, TODAY, WINDOW))
                .contains("Choose the first day and the last day.");
        assertThat(DateRange.problem(TODAY, null, TODAY, TODAY, WINDOW))
                .contains("Choose the first day and the last day.");
        assertThat(DateRange.problem(null, null, TODAY, TODAY, OPTIONS)).isEmpty();
        assertThat(DateRange.problem(null, TODAY.minusDays(3), TODAY, TODAY, OPTIONS)).isEmpty();
        assertThat(DateRange.problem(null, null, TODAY, TODAY, DateRange.Ends.fields(LocalDate::toString, false)))
                .isEmpty();
    }

    @Test
    void aReversedRange_namesBothEnds_asOptionsOrAsFields() {
        assertThat(DateRange.problem(TODAY, TODAY.minusDays(1), TODAY, TODAY, OPTIONS))
                .contains("The range is reversed: --to 2026-11-29 is before --from 2026-11-30.");
        assertThat(DateRange.problem(TODAY, TODAY.minusDays(1), TODAY, TODAY, WINDOW))
                .contains("The range is reversed: the last day [2026-11-29] is before the first day [2026-11-30].");
    }

    @Test
    void aRangeStartingBefore1900_isRefused() {
        assertThat(DateRange.problem(LocalDate.of(1899, 12, 31), TODAY, TODAY, TODAY, WINDOW))
                .contains("The range starts too early (the first day [1899-12-31]): no diary takes a day before "
                        + "1900-01-01.");
        assertThat(DateRange.problem(LocalDate.of(1900, 1, 1), TODAY, TODAY, TODAY, WINDOW)).isEmpty();
    }

    @Test
    void aRangeStartingAfterToday_isRefused_unlessThatDayIsRecordedAhead() {
        assertThat(DateRange.problem(TODAY.plusDays(1), TODAY.plusDays(2), TODAY, TODAY, OPTIONS))
                .contains("The range starts after today (--from 2026-12-01): no day can be recorded in the future.");
        assertThat(DateRange.problem(TODAY.plusDays(1), TODAY.plusDays(2), TODAY, TODAY, WINDOW))
                .contains("The range starts after today (the first day [2026-12-01]): no day can be recorded in "
                        + "the future.");
        var ahead = TODAY.plusDays(1);
        assertThat(DateRange.problem(ahead, ahead, ahead, TODAY, OPTIONS)).isEmpty();
        assertThat(DateRange.problem(ahead.plusDays(1), null, ahead, TODAY, OPTIONS))
                .contains("The range starts after 2026-12-01, the last recorded day (--from 2026-12-02): no later "
                        + "day is recorded.");
        assertThat(DateRange.problem(ahead.plusDays(1), ahead.plusDays(1), ahead, TODAY, WINDOW))
                .contains("The range starts after [2026-12-01], the last recorded day (the first day [2026-12-02]): "
                        + "no later day is recorded.");
    }

    @Test
    void theCheckedOrder_isMissingThenReversedThenTooEarlyThenTooLate() {
        assertThat(DateRange.problem(TODAY.plusDays(5), TODAY.plusDays(1), TODAY, TODAY, OPTIONS).orElseThrow())
                .startsWith("The range is reversed");
        assertThat(DateRange.problem(null, LocalDate.of(1800, 1, 1), TODAY, TODAY, WINDOW).orElseThrow())
                .startsWith("Choose");
    }

    @Test
    void aDayIsReachedFrom1900ToTheLatestDay() {
        assertThat(DateRange.reaches(LocalDate.of(1900, 1, 1), TODAY)).isTrue();
        assertThat(DateRange.reaches(TODAY, TODAY)).isTrue();
        assertThat(DateRange.reaches(LocalDate.of(1899, 12, 31), TODAY)).isFalse();
        assertThat(DateRange.reaches(TODAY.plusDays(1), TODAY)).isFalse();
    }

    @Test
    void overlaps_whenTheRangesShareADay_evenOnlyAnEnd_andNotWhenOneEndsTheDayBeforeTheOtherStarts() {
        var march = new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

        assertThat(march.overlaps(new DateRange(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30)))).isTrue();
        assertThat(new DateRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)).overlaps(march)).isTrue();
        assertThat(march.overlaps(new DateRange(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12)))).isTrue();
        assertThat(march.overlaps(new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)))).isFalse();
        assertThat(new DateRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)).overlaps(march)).isFalse();
    }
}
