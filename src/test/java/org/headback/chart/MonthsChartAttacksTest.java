package org.headback.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.headback.diary.Attack;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.stats.Thresholds;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/** The Months chart shows attacks per month beside the headache days only when the range has an attack. */
class MonthsChartAttacksTest {
    private static final DateRange AUG_SEP = new DateRange(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 30));
    private static final List<String> OLD_SERIES = List.of("Back-pain days", "Headache days", "Days with both");

    private static DayEntry attacks(int month, int day, int count) {
        var attack = Attack.ofPeak(5).duration(Duration.ofHours(2)).build();
        return DayEntry.on(LocalDate.of(2026, month, day)).attacks(Collections.nCopies(count, attack))
                .build();
    }

    private static CategoryPlot plot(ChartInput input) {
        return (CategoryPlot) Charts.create(ChartKind.MONTHS, input).getPlot();
    }

    private static List<Object> series(CategoryDataset data) {
        return List.copyOf(data.getRowKeys());
    }

    @Test
    void aRangeWithAttacks_hasAnAttacksSeries_countingEveryAttackOfTheMonth_withItsLegend() {
        var days = List.of(attacks(8, 3, 2), attacks(8, 10, 1), DayEntry.on(LocalDate.of(2026, 8, 11)).headache(4)
                .build(), DayEntry.on(LocalDate.of(2026, 9, 2)).backPain(5).build(), attacks(10, 1, 3));
        var plot = plot(ChartInput.ofDiary(AUG_SEP, days, Thresholds.DEFAULT));
        var data = plot.getDataset();
        assertThat(series(data)).containsExactly("Back-pain days", "Headache days", "Days with both",
                MonthsChart.ATTACKS);
        assertThat(data.getValue(MonthsChart.ATTACKS, data.getColumnKey(0)).intValue()).isEqualTo(3);
        assertThat(data.getValue(MonthsChart.ATTACKS, data.getColumnKey(1)).intValue()).isZero();
        assertThat(data.getValue("Headache days", data.getColumnKey(0)).intValue()).isEqualTo(3);
        var legend = new ArrayList<String>();
        var items = plot.getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            legend.add(items.get(i).getLabel());
        }
        assertThat(legend).contains(MonthsChart.ATTACKS);
    }

    @Test
    void anOldDiarysChart_hasExactlyItsSeriesOfBefore() {
        var days = List.of(DayEntry.on(LocalDate.of(2026, 8, 3)).headache(6).build(),
                DayEntry.on(LocalDate.of(2026, 9, 2)).backPain(5).headache(2).build());
        var fromDiary = plot(ChartInput.ofDiary(AUG_SEP, days, Thresholds.DEFAULT)).getDataset();
        var fromPoints = plot(ChartInput.of(AUG_SEP, DiaryPoints.of(days), Thresholds.DEFAULT)).getDataset();
        assertThat(series(fromDiary)).isEqualTo(OLD_SERIES);
        assertThat(series(fromPoints)).isEqualTo(OLD_SERIES);
        for (var column : fromPoints.getColumnKeys()) {
            for (var row : OLD_SERIES) {
                assertThat(fromDiary.getValue(row, (Comparable<?>) column))
                        .isEqualTo(fromPoints.getValue(row, (Comparable<?>) column));
            }
        }
    }

    @Test
    void moreAttacksThanDaysInAMonth_stillFitOnTheAxis() {
        var days = new ArrayList<DayEntry>();
        for (int d = 1; d <= 20; d++) {
            days.add(attacks(8, d, 2));
        }
        var plot = plot(ChartInput.ofDiary(AUG_SEP, days, Thresholds.DEFAULT));
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(40);
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Days, or attacks, in the month");
    }

    @Test
    void anOldDiarysAxis_staysAtAMonthOfDays() {
        var days = List.of(DayEntry.on(LocalDate.of(2026, 8, 3)).headache(6).build());
        var plot = plot(ChartInput.ofDiary(AUG_SEP, days, Thresholds.DEFAULT));
        assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(31.5);
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Days in the month");
    }

    @Test
    void attacksOutsideTheRange_doNotCount() {
        var input = ChartInput.ofDiary(AUG_SEP, List.of(attacks(8, 3, 1), attacks(10, 1, 2)), Thresholds.DEFAULT);
        assertThat(input.attacks()).containsOnlyKeys(LocalDate.of(2026, 8, 3));
    }
}
