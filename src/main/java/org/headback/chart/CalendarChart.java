package org.headback.chart;

import java.awt.Font;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.headback.diary.DayStatus;
import org.headback.stats.DayPoint;
import org.headback.text.Dates;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A year of days as a grid, weeks across and weekdays down, each day coloured by what it was, with the same signs
 * as the diary's calendar (▲ back pain, ● headache, ▲● both, ○ neither) so that it reads without colour. Days not
 * recorded stay grey and empty.
 */
final class CalendarChart {
    static final int WEEKS = 53;
    /** Month names on the week axis are at least this many weeks apart, so that "Mar" and "Apr" never touch. */
    static final int MONTH_LABEL_GAP = 3;

    /** The statuses in the legend's order; a day's index here is its z value in the grid. */
    static final List<DayStatus> ORDER = List.of(DayStatus.NOT_RECORDED, DayStatus.NEITHER,
            DayStatus.BACK_PAIN_ONLY, DayStatus.HEADACHE_ONLY, DayStatus.BOTH);

    private CalendarChart() {
    }

    static JFreeChart create(ChartInput input) {
        var end = input.range().to();
        var firstWeek = weekOf(end.minusWeeks(WEEKS - 1L));
        var start = firstWeek.isBefore(input.range().from()) ? weekOf(input.range().from()) : firstWeek;
        int weeks = (int) ChronoUnit.WEEKS.between(start, weekOf(end)) + 1;
        var plot = new XYPlot(input.days().isEmpty() ? new DefaultXYZDataset() : grid(input, start, weeks),
                weekAxis(start, input.range().from(), weeks), weekdayAxis(), renderer());
        plot.setNoDataMessage(ChartStyle.tooFewDays(input, 1));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setFixedLegendItems(legend());
        if (!input.days().isEmpty()) {
            addGlyphs(plot, input, start, weeks);
        }
        return ChartStyle.finish(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true),
                ChartKind.CALENDAR, input, caption(input, start));
    }

    /** The first day of the week {@code day} falls in, weeks starting as the user's calendar starts them. */
    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(Dates.ofUser().firstDayOfWeek()));
    }

    /** The usual caption; for a range longer than the grid, also which of its days the grid shows. */
    private static List<String> caption(ChartInput input, LocalDate start) {
        var lines = new ArrayList<>(ChartStyle.captionLines(input));
        if (start.isAfter(input.range().from())) {
            lines.add("The grid shows the range's last " + WEEKS + " weeks, from " + Dates.ofUser().shown(start)
                    + "; the figures above count every recorded day of the range.");
        }
        return lines;
    }

    static DayStatus statusOf(DayPoint point, ChartInput input) {
        return point == null ? DayStatus.NOT_RECORDED
                : DayStatus.of(input.isBackPainDay(point), input.isHeadacheDay(point));
    }

    private static DefaultXYZDataset grid(ChartInput input, LocalDate start, int weeks) {
        var byDate = input.byDate();
        var xs = new ArrayList<Double>();
        var ys = new ArrayList<Double>();
        var zs = new ArrayList<Double>();
        for (int week = 0; week < weeks; week++) {
            for (int weekday = 0; weekday < 7; weekday++) {
                var date = start.plusDays(week * 7L + weekday);
                if (!input.range().contains(date)) {
                    continue;
                }
                xs.add((double) week);
                ys.add((double) weekday);
                zs.add((double) ORDER.indexOf(statusOf(byDate.get(date), input)));
            }
        }
        var dataset = new DefaultXYZDataset();
        dataset.addSeries("Days", new double[][] {toArray(xs), toArray(ys), toArray(zs)});
        return dataset;
    }

    private static void addGlyphs(XYPlot plot, ChartInput input, LocalDate start, int weeks) {
        var byDate = input.byDate();
        var font = new Font(Font.SANS_SERIF, Font.BOLD, weeks > 30 ? 9 : 12);
        for (var day : input.days()) {
            long offset = ChronoUnit.DAYS.between(start, day.date());
            if (offset < 0) {
                continue;
            }
            var glyph = new XYTextAnnotation(statusOf(byDate.get(day.date()), input).sign(), offset / 7,
                    offset % 7);
            glyph.setFont(font);
            glyph.setPaint(Palette.TEXT);
            plot.addAnnotation(glyph, false);
        }
    }

    /** Each week named by the month of its first day in the range, where that month begins; names kept apart. */
    static SymbolAxis weekAxis(LocalDate start, LocalDate from, int weeks) {
        var labels = new String[weeks];
        int lastLabel = -MONTH_LABEL_GAP;
        for (int week = 0; week < weeks; week++) {
            var weekStart = start.plusWeeks(week);
            var shown = weekStart.isBefore(from) ? from : weekStart;
            boolean newMonth = week == 0 || shown.getMonth() != weekStart.minusWeeks(1).getMonth();
            boolean room = week - lastLabel >= MONTH_LABEL_GAP;
            labels[week] = newMonth && room ? Dates.ofUser().monthName(YearMonth.from(shown)) : "";
            lastLabel = newMonth && room ? week : lastLabel;
        }
        var axis = new SymbolAxis("Week", labels);
        axis.setGridBandsVisible(false);
        return axis;
    }

    private static SymbolAxis weekdayAxis() {
        var names = new String[7];
        for (int i = 0; i < 7; i++) {
            names[i] = Dates.ofUser().firstDayOfWeek().plus(i).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        }
        var axis = new SymbolAxis(null, names);
        axis.setInverted(true);
        axis.setGridBandsVisible(false);
        return axis;
    }

    private static XYBlockRenderer renderer() {
        var scale = new LookupPaintScale(0, ORDER.size(), Palette.NOT_RECORDED);
        for (int i = 0; i < ORDER.size(); i++) {
            scale.add(i, Palette.of(ORDER.get(i)));
        }
        var renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockWidth(0.92);
        renderer.setBlockHeight(0.92);
        return renderer;
    }

    private static LegendItemCollection legend() {
        var items = new LegendItemCollection();
        for (var status : ORDER) {
            var label = status.sign().isEmpty() ? status.legend() : status.sign() + " " + status.legend();
            items.add(new LegendItem(label, Palette.of(status)));
        }
        return items;
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
