package org.headback.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * One tall page drawn with Java2D, at {@link #SCALE} pixels a point (150 dots an inch), in the same bundled fonts as
 * the PDF. Without graphics it only measures, so that the image can be made exactly as tall as the report.
 */
final class ImageCanvas implements Canvas {
    /** A4's width at 150 dots an inch: 1240 pixels. */
    static final double SCALE = 150.0 / 72;
    static final double WIDTH = 595.28;
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private final ReportFonts fonts;
    private final Map<Style, Font> styles = new EnumMap<>(Style.class);
    private final Graphics2D graphics;

    /**
     * @param graphics where to draw, already scaled to points; null to measure only
     */
    ImageCanvas(ReportFonts fonts, Graphics2D graphics) throws IOException {
        this.fonts = fonts;
        this.graphics = graphics;
        var faces = new EnumMap<Style.Face, Font>(Style.Face.class);
        for (var face : Style.Face.values()) {
            try {
                faces.put(face, Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(fonts.bytes(face))));
            } catch (FontFormatException e) {
                throw new IOException("The report's font could not be read: " + e.getMessage(), e);
            }
        }
        for (var style : Style.values()) {
            styles.put(style, faces.get(style.face()).deriveFont((float) style.size()));
        }
        if (graphics != null) {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        }
    }

    @Override
    public double pageWidth() {
        return WIDTH;
    }

    @Override
    public double pageHeight() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public void newPage() {
        // One page only.
    }

    @Override
    public boolean canShow(Style style, int codePoint) {
        return fonts.canShow(style.face(), codePoint);
    }

    @Override
    public double textWidth(Style style, String line) throws IOException {
        double width = 0;
        for (var run : fonts.runs(style.face(), line)) {
            width += font(style, run).getStringBounds(run.text(), MEASURE).getWidth();
        }
        return width;
    }

    @Override
    public void text(Style style, double x, double baseline, String line) throws IOException {
        if (graphics == null || line.isEmpty()) {
            return;
        }
        graphics.setColor(style.color());
        double at = x;
        for (var run : fonts.runs(style.face(), line)) {
            var font = font(style, run);
            graphics.setFont(font);
            graphics.drawString(run.text(), (float) at, (float) baseline);
            at += font.getStringBounds(run.text(), MEASURE).getWidth();
        }
    }

    private Font font(Style style, ReportFonts.Run run) throws IOException {
        if (run.fallback() == null) {
            return styles.get(style);
        }
        int weight = style.face() == Style.Face.BOLD ? Font.BOLD : Font.PLAIN;
        return run.fallback().awtFont().deriveFont(weight, (float) style.size());
    }

    @Override
    public void rule(double x1, double y, double x2, Color color) {
        if (graphics != null) {
            graphics.setColor(color);
            graphics.setStroke(new BasicStroke(0.6f));
            graphics.draw(new Line2D.Double(x1, y, x2, y));
        }
    }

    @Override
    public void shade(double x, double y, double width, double height, Color color) {
        if (graphics != null) {
            graphics.setColor(color);
            graphics.fill(new Rectangle2D.Double(x, y, width, height));
        }
    }

    @Override
    public void chart(JFreeChart chart, double x, double y, double width, double height, double logicalWidth,
                      double logicalHeight) {
        if (graphics == null) {
            return;
        }
        var saved = graphics.getTransform();
        graphics.translate(x, y);
        graphics.scale(width / logicalWidth, height / logicalHeight);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, logicalWidth, logicalHeight));
        graphics.setTransform(saved);
    }
}
