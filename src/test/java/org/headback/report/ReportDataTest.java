package org.headback.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Set;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.stats.Thresholds;
import org.junit.jupiter.api.Test;

/** What a report is made from: the range's days for the figures, whole months for the counters. */
class ReportDataTest {
    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 1);

    @Test
    void countedFrom_isTheFirstOfTheRangesFirstMonth_atMostTwelveMonthsBack() {
        assertThat(ReportData.countedFrom(new DateRange(SEPTEMBER.plusDays(14), SEPTEMBER.plusDays(40))))
                .isEqualTo(SEPTEMBER);
        assertThat(ReportData.countedFrom(new DateRange(LocalDate.of(2016, 3, 9), LocalDate.of(2026, 10, 30))))
                .isEqualTo(LocalDate.of(2025, 11, 1));
    }

    @Test
    void figuresUseTheRange_butCountersCountTheWholeMonth_upToTheRangesEnd() {
        var days = new ArrayList<DayEntry>();
        for (int i = 0; i < 40; i++) {
            days.add(DayEntry.on(SEPTEMBER.plusDays(i)).backPain(3).headache(i % 2 == 0 ? 4 : 0)
                    .warningSigns(i == 2 || i == 20 ? Set.of("fever_chills") : Set.of()).build());
        }
        var range = new DateRange(SEPTEMBER.plusDays(14), SEPTEMBER.plusDays(34));
        var data = ReportData.of(range, days, Thresholds.DEFAULT, LocalDate.of(2026, 12, 1));
        assertThat(data.days()).hasSize(21).allMatch(day -> range.contains(day.date()));
        assertThat(data.input().stats().recordedDays()).isEqualTo(21);
        var september = data.counters().month(YearMonth.of(2026, 9)).orElseThrow();
        assertThat(september.recordedDays()).isEqualTo(30);
        assertThat(september.complete()).isTrue();
        var october = data.counters().month(YearMonth.of(2026, 10)).orElseThrow();
        assertThat(october.recordedText()).isEqualTo("all 5 days recorded");
        assertThat(data.warningDays()).extracting(day -> day.date()).containsExactly(SEPTEMBER.plusDays(20));
    }
}
