package org.headback.chart;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.headback.evidence.Evidence;
import org.headback.output.Outputs;
import org.headback.output.Png;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/** Makes the charts from their input, and writes them as PNG images: plain functions, no window needed. */
public final class Charts {
    public static final int MIN_SIZE = 200;
    public static final int MAX_SIZE = 8000;
    /** The image size the charts' fonts and lines are chosen for. */
    public static final int REFERENCE_WIDTH = 1200;
    public static final int REFERENCE_HEIGHT = 800;
    private static final String PNG = ".png";

    private Charts() {
    }

    public static JFreeChart create(ChartKind kind, ChartInput input) {
        return switch (kind) {
            case TOGETHER -> TogetherChart.create(input);
            case MONTHS -> MonthsChart.create(input);
            case CALENDAR -> CalendarChart.create(input);
            case COOCCURRENCE -> CooccurrenceChart.create(input);
            case EVIDENCE -> EvidenceChart.create(input);
            case FACTORS -> FactorsChart.create(input);
        };
    }

    /**
     * The chart as the window shows it: the same as {@link #create} without the caption of figures under the plot,
     * because the window says them once under the chart (the evidence view, for the evidence chart); and in the
     * colours of the window's theme.
     */
    public static JFreeChart createForWindow(ChartKind kind, ChartInput input, ChartColours colours) {
        if (kind == ChartKind.EVIDENCE) {
            return ChartRecolour.apply(EvidenceChart.create(input, Evidence.bundled(), false), colours);
        }
        return forWindow(create(kind, input), colours);
    }

    /** The before/after chart of two ranges, with its caption of figures, for a file, the clipboard or a report. */
    public static JFreeChart beforeAfter(BeforeAfterInput input) {
        return BeforeAfterChart.create(input);
    }

    /**
     * The before/after chart without its caption, in these colours: for the window and the report's page, which
     * say the lines and the caution once, in their own text beside it.
     */
    public static JFreeChart beforeAfterWithoutCaption(BeforeAfterInput input, ChartColours colours) {
        return forWindow(beforeAfter(input), colours);
    }

    private static JFreeChart forWindow(JFreeChart chart, ChartColours colours) {
        for (var caption : chart.getSubtitles().stream().filter(ChartStyle.Caption.class::isInstance).toList()) {
            chart.removeSubtitle(caption);
        }
        return ChartRecolour.apply(chart, colours);
    }

    /** As {@link #createForWindow(ChartKind, ChartInput, ChartColours)} in the light colours. */
    public static JFreeChart createForWindow(ChartKind kind, ChartInput input) {
        return createForWindow(kind, input, ChartColours.LIGHT);
    }

    /**
     * The least height, in pixels at the window's scale, at which every row of a chart with a row per item (the
     * evidence, the factors) has room for its name and its figure's label; 0 for the other charts, whose height
     * does not grow with what they show.
     */
    public static double minimumHeight(JFreeChart chart) {
        return chart.getPlot() instanceof XYPlot plot && plot.getRangeAxis() instanceof ForestPlot.RowAxis rows
                ? ForestPlot.minimumHeight(rows.getRange().getLength()) : 0;
    }

    /** Whether a file's name says PNG: the only format a chart is written in. */
    public static boolean isPng(Path file) {
        return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(PNG);
    }

    /**
     * The file a name chosen in the window means: as chosen when it ends in .png, with .png added when it has no
     * extension, and empty when it asks for another format, which a chart is not written in.
     */
    public static Optional<Path> pngTarget(Path chosen) {
        if (isPng(chosen)) {
            return Optional.of(chosen);
        }
        var name = String.valueOf(chosen.getFileName());
        return name.contains(".") ? Optional.empty() : Optional.of(chosen.resolveSibling(name + PNG));
    }

    /** "chart.jpg does not end in .png: a chart is written as a PNG image". */
    public static String notPng(Path file) {
        var name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return name + " does not end in .png: a chart is written as a PNG image";
    }

    /** Writes the chart as a PNG image, whole or not at all (see {@link Outputs}). */
    public static void writePng(Outputs outputs, JFreeChart chart, Path file, int width, int height)
            throws IOException {
        if (width < MIN_SIZE || height < MIN_SIZE || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("An image must be " + MIN_SIZE + " to " + MAX_SIZE
                    + " pixels wide and high, not " + width + "×" + height + ".");
        }
        if (!isPng(file)) {
            throw new IllegalArgumentException(notPng(file) + ".");
        }
        outputs.check(file);
        var image = image(chart, width, height);
        outputs.write(file, out -> {
            Png.write(image, out);
            return file;
        });
    }

    /**
     * The chart drawn as an image, for a file or the clipboard. Its text, lines and markers are sized for a
     * {@value #REFERENCE_WIDTH}×{@value #REFERENCE_HEIGHT} image and grow with a larger one (by {@link #scale}), so
     * that a print-size image reads as well as a screen-size one, not as small text on a large page.
     */
    public static BufferedImage image(JFreeChart chart, int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var g2 = image.createGraphics();
        try {
            double scale = scale(width, height);
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width / scale, height / scale));
        } finally {
            g2.dispose();
        }
        return image;
    }

    /** How much larger than the reference size an image is drawn: 1 up to it, 2 for 2400×1600. */
    static double scale(int width, int height) {
        return Math.max(1, Math.min((double) width / REFERENCE_WIDTH, (double) height / REFERENCE_HEIGHT));
    }
}
