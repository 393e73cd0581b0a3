package org.headback.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.headback.diary.PreventiveCourse;
import org.headback.text.Dates;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The preventive courses as shaded bands behind a chart's series, each labelled with its medicine, so that a change
 * after one started shows. A course still taken runs to the range's end; one begun before the range starts at it.
 */
final class CourseBands {
    static final String LEGEND = "Preventive medicine taken (shaded, named)";
    /** Okabe–Ito yellow, translucent: unlike every series colour, and light under the bars and lines. */
    static final Color BAND = new Color(0xF0, 0xE4, 0x42, 0x66);
    private static final BasicStroke EDGE = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
            new float[] {3f, 3f}, 0f);
    /** A label stands on its band: the label box JFreeChart draws by default would darken it. */
    private static final Color NO_BACKGROUND = new Color(0, 0, 0, 0);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    /** The room a label takes downwards, so that labels of courses side by side do not overlap. */
    private static final double LABEL_STEP = 13;

    private CourseBands() {
    }

    /** Shades each course's days on a chart over dates, from the start of its first day to the end of its last. */
    static void addTo(XYPlot plot, ChartInput input) {
        int row = 0;
        for (var course : input.courses()) {
            var marker = new IntervalMarker(millis(first(course, input)), millis(last(course, input).plusDays(1)),
                    BAND, EDGE, Palette.TEXT, EDGE, 1f);
            label(marker, course.medicine(), row++);
            plot.addDomainMarker(marker, Layer.BACKGROUND);
        }
        legend(plot.getLegendItems(), input, plot::setFixedLegendItems);
    }

    /**
     * Shades each month a course was taken in on a chart of months ({@code months} labels them): a month shaded may
     * be taken in part, so the first says the start day and the last the stop day.
     */
    static void addTo(CategoryPlot plot, ChartInput input, Map<YearMonth, String> months) {
        int row = 0;
        for (var course : input.courses()) {
            var first = YearMonth.from(first(course, input));
            var last = YearMonth.from(last(course, input));
            for (var month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                var category = months.get(month);
                if (category == null) {
                    continue;
                }
                var marker = new CategoryMarker(category, BAND, EDGE, Palette.TEXT, EDGE, 1f);
                marker.setDrawAsLine(false);
                var text = monthLabel(course, month.equals(first), month.equals(last) && course.stop().isPresent()
                        && !course.stop().get().isAfter(input.range().to()));
                if (text.isPresent()) {
                    label(marker, text.get(), row);
                }
                plot.addDomainMarker(marker, Layer.BACKGROUND);
            }
            row++;
        }
        legend(plot.getLegendItems(), input, plot::setFixedLegendItems);
    }

    /** "Propranolol from Jun 1, 2026" on the first month, "Propranolol to Aug 15, 2026" on the last, or both. */
    private static Optional<String> monthLabel(PreventiveCourse course, boolean first, boolean stops) {
        var dates = Dates.ofUser();
        var from = first ? " from " + dates.shown(course.start()) : "";
        var to = stops ? " to " + dates.shown(course.stop().orElseThrow()) : "";
        return first || stops ? Optional.of(course.medicine() + from + to) : Optional.empty();
    }

    private static void label(Marker marker, String text, int row) {
        marker.setLabel(text);
        marker.setLabelFont(LABEL);
        marker.setLabelPaint(Palette.TEXT);
        marker.setLabelBackgroundColor(NO_BACKGROUND);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        marker.setLabelOffset(new RectangleInsets(3 + row % 3 * LABEL_STEP, 3, 3, 3));
    }

    private static void legend(LegendItemCollection items, ChartInput input, Consumer<LegendItemCollection> set) {
        if (input.courses().isEmpty()) {
            return;
        }
        items.add(new LegendItem(LEGEND, null, null, null, new Rectangle2D.Double(-6, -6, 12, 12), BAND, EDGE,
                Palette.TEXT));
        set.accept(items);
    }

    /** The course's first day in the range. */
    static LocalDate first(PreventiveCourse course, ChartInput input) {
        return course.start().isBefore(input.range().from()) ? input.range().from() : course.start();
    }

    /** The course's last day in the range: its stop day, or the range's end while it is still taken. */
    static LocalDate last(PreventiveCourse course, ChartInput input) {
        var stop = course.stop().orElse(input.range().to());
        return stop.isAfter(input.range().to()) ? input.range().to() : stop;
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }
}
