package org.headback.report;

import java.awt.Color;
import java.io.IOException;
import org.jfree.chart.JFreeChart;

/**
 * Where the report is drawn: PDF pages or one tall image. Lengths are in points (1/72 inch), measured from the top
 * left corner of the current page.
 */
interface Canvas {
    double pageWidth();

    /** The height of a page; infinite for one tall page. */
    double pageHeight();

    void newPage() throws IOException;

    /** True if the style's font has a glyph for the character. */
    boolean canShow(Style style, int codePoint);

    /** The width of a printable line (see {@link Glyphs}). */
    double textWidth(Style style, String line) throws IOException;

    /** Draws a printable line with its baseline at {@code baseline}. */
    void text(Style style, double x, double baseline, String line) throws IOException;

    void rule(double x1, double y, double x2, Color color) throws IOException;

    void shade(double x, double y, double width, double height, Color color) throws IOException;

    /** Draws the chart as if on a {@code logicalWidth}×{@code logicalHeight} area, scaled into the box. */
    void chart(JFreeChart chart, double x, double y, double width, double height, double logicalWidth,
               double logicalHeight) throws IOException;
}
