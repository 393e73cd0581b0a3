package org.headback.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MissedDaysTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void daysNotRecorded_areTheFourteenBeforeToday_newestFirst_withoutTodayOrTheFifteenthDay() {
        var recorded = List.of(TODAY, TODAY.minusDays(2), TODAY.minusDays(15));

        var missed = MissedDays.of(TODAY, recorded, Optional.of(TODAY.minusDays(100)));

        assertThat(missed).hasSize(13).first().isEqualTo(TODAY.minusDays(1));
        assertThat(missed).doesNotContain(TODAY, TODAY.minusDays(2), TODAY.minusDays(15))
                .endsWith(TODAY.minusDays(14)).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void daysBeforeTheDiarysFirstDay_areNotMissed() {
        var first = TODAY.minusDays(3);

        assertThat(MissedDays.of(TODAY, List.of(first), Optional.of(first)))
                .containsExactly(TODAY.minusDays(1), TODAY.minusDays(2));
    }

    @Test
    void aDiaryWithNoDay_missesNone_andOneWithEveryDay_missesNone() {
        assertThat(MissedDays.of(TODAY, List.of(), Optional.empty())).isEmpty();
        var all = java.util.stream.IntStream.rangeClosed(1, 14).mapToObj(TODAY::minusDays).toList();
        assertThat(MissedDays.of(TODAY, all, Optional.of(TODAY.minusDays(30)))).isEmpty();
    }
}
