package org.headback.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.diary.PreventiveCourse;
import org.headback.stats.Thresholds;
import org.headback.text.Dates;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

/** The Together and Months charts shade each preventive course over its days, named after its medicine. */
class CourseBandsTest {
    private static final LocalDate JUL_1 = LocalDate.of(2026, 7, 1);
    private static final DateRange JUL_SEP = new DateRange(JUL_1, LocalDate.of(2026, 9, 30));
    private static final PreventiveCourse BEFORE_TO_AUG = new PreventiveCourse("Propranolol",
            LocalDate.of(2026, 5, 1), Optional.of(LocalDate.of(2026, 8, 10)));
    private static final PreventiveCourse OPEN_FROM_AUG = new PreventiveCourse("Topiramate",
            LocalDate.of(2026, 8, 20), Optional.empty());
    private static final PreventiveCourse ENDED_BEFORE = new PreventiveCourse("Amitriptyline",
            LocalDate.of(2026, 1, 1), Optional.of(LocalDate.of(2026, 6, 30)));

    private static ChartInput input(PreventiveCourse... courses) {
        var days = new ArrayList<DayEntry>();
        for (var day = JUL_1; !day.isAfter(JUL_SEP.to()); day = day.plusDays(3)) {
            days.add(DayEntry.on(day).backPain(day.getDayOfMonth() % 7).headache(day.getDayOfMonth() % 5).build());
        }
        return ChartInput.ofDiary(JUL_SEP, days, Thresholds.DEFAULT).withCourses(List.of(courses));
    }

    private static long startOf(LocalDate day) {
        return day.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    private static Collection<?> markers(Collection<?> markers) {
        return markers;
    }

    private static List<String> legend(LegendItemCollection items) {
        var labels = new ArrayList<String>();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(((LegendItem) items.get(i)).getLabel());
        }
        return labels;
    }

    @Test
    void theInput_keepsTheCoursesThatShareADayWithTheRange_byStartDay() {
        assertThat(input(OPEN_FROM_AUG, ENDED_BEFORE, BEFORE_TO_AUG).courses())
                .containsExactly(BEFORE_TO_AUG, OPEN_FROM_AUG);
    }

    @Test
    void together_shadesEachCourseFromItsFirstDayInTheRange_toTheEndOfItsLastDay_anOpenOneToTheRangesEnd() {
        var plot = (XYPlot) Charts.create(ChartKind.TOGETHER, input(BEFORE_TO_AUG, OPEN_FROM_AUG)).getPlot();

        var bands = markers(plot.getDomainMarkers(Layer.BACKGROUND)).stream().map(IntervalMarker.class::cast)
                .toList();
        assertThat(bands).extracting(IntervalMarker::getLabel).containsExactly("Propranolol", "Topiramate");
        assertThat(bands.get(0).getStartValue()).isEqualTo(startOf(JUL_1));
        assertThat(bands.get(0).getEndValue()).isEqualTo(startOf(LocalDate.of(2026, 8, 11)));
        assertThat(bands.get(1).getStartValue()).isEqualTo(startOf(LocalDate.of(2026, 8, 20)));
        assertThat(bands.get(1).getEndValue()).isEqualTo(startOf(LocalDate.of(2026, 10, 1)));
        assertThat(bands).allMatch(band -> CourseBands.BAND.equals(band.getPaint()));
        assertThat(legend(plot.getLegendItems())).contains(CourseBands.LEGEND);
    }

    @Test
    void months_shadesEveryMonthACourseWasTakenIn_sayingItsStartInTheFirst_andItsStopInTheLast() {
        var plot = (CategoryPlot) Charts.create(ChartKind.MONTHS, input(BEFORE_TO_AUG, OPEN_FROM_AUG)).getPlot();

        var bands = markers(plot.getDomainMarkers(Layer.BACKGROUND)).stream().map(CategoryMarker.class::cast)
                .toList();
        var months = plot.getCategories();
        assertThat(bands.stream().map(band -> (Object) band.getKey()).toList()).containsExactly(months.get(0),
                months.get(1), months.get(1), months.get(2));
        var dates = Dates.ofUser();
        assertThat(bands).extracting(CategoryMarker::getLabel).containsExactly("Propranolol from "
                + dates.shown(BEFORE_TO_AUG.start()), "Propranolol to " + dates.shown(LocalDate.of(2026, 8, 10)),
                "Topiramate from " + dates.shown(OPEN_FROM_AUG.start()), null);
        assertThat(legend(plot.getLegendItems())).contains(CourseBands.LEGEND, MonthsChart.CHRONIC_LINE_LABEL);
    }

    @Test
    void withoutCourses_theChartsHaveNoBand_andNoLegendForOne() {
        var together = (XYPlot) Charts.create(ChartKind.TOGETHER, input(ENDED_BEFORE)).getPlot();
        var months = (CategoryPlot) Charts.create(ChartKind.MONTHS, input()).getPlot();

        assertThat(together.getDomainMarkers(Layer.BACKGROUND)).isNull();
        assertThat(months.getDomainMarkers(Layer.BACKGROUND)).isNull();
        assertThat(legend(together.getLegendItems())).doesNotContain(CourseBands.LEGEND);
        assertThat(legend(months.getLegendItems())).doesNotContain(CourseBands.LEGEND);
    }
}
