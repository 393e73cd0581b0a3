package org.headback.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

/**
 * A4 portrait pages of a PDF document. Text is set in the embedded DejaVu fonts, and characters they lack in a font
 * found on the computer (only the glyphs used), so it can be searched and copied; the charts are drawn as vector
 * graphics, sharp at any zoom. Close it after the document is saved: the fonts are read while saving.
 */
final class PdfCanvas implements Canvas, AutoCloseable {
    private static final PDRectangle PAGE = PDRectangle.A4;

    private final PDDocument document;
    private final ReportFonts fonts;
    private final Map<Style.Face, PDType0Font> faces = new EnumMap<>(Style.Face.class);
    private final List<TrueTypeFont> files = new ArrayList<>();
    private final Map<FallbackFont, PDType0Font> fallbacks = new HashMap<>();
    private final List<Closeable> opened = new ArrayList<>();
    private PDPageContentStream stream;

    PdfCanvas(PDDocument document, ReportFonts fonts) throws IOException {
        this.document = document;
        this.fonts = fonts;
        for (var face : Style.Face.values()) {
            var file = new TTFParser().parse(new RandomAccessReadBuffer(fonts.bytes(face)));
            files.add(file);
            // Letters stay letters: a ligature such as "fi" would copy and search as one odd character.
            file.setEnableGsub(false);
            faces.put(face, PDType0Font.load(document, file, true));
        }
        newPage();
    }

    @Override
    public double pageWidth() {
        return PAGE.getWidth();
    }

    @Override
    public double pageHeight() {
        return PAGE.getHeight();
    }

    @Override
    public void newPage() throws IOException {
        closeStream();
        var page = new PDPage(PAGE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
    }

    @Override
    public boolean canShow(Style style, int codePoint) {
        return fonts.canShow(style.face(), codePoint);
    }

    @Override
    public double textWidth(Style style, String line) throws IOException {
        double width = 0;
        for (var run : fonts.runs(style.face(), line)) {
            width += font(style, run).getStringWidth(run.text()) / 1000 * style.size();
        }
        return width;
    }

    @Override
    public void text(Style style, double x, double baseline, String line) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setNonStrokingColor(style.color());
        stream.newLineAtOffset((float) x, (float) (pageHeight() - baseline));
        for (var run : fonts.runs(style.face(), line)) {
            stream.setFont(font(style, run), (float) style.size());
            stream.showText(run.text());
        }
        stream.endText();
    }

    /** The run's font in this document; a font from the computer is embedded (only the glyphs used) when first met. */
    private PDType0Font font(Style style, ReportFonts.Run run) throws IOException {
        if (run.fallback() == null) {
            return faces.get(style.face());
        }
        var font = fallbacks.get(run.fallback());
        if (font == null) {
            var open = run.fallback().open();
            opened.add(open);
            font = PDType0Font.load(document, open.font(), true);
            fallbacks.put(run.fallback(), font);
        }
        return font;
    }

    @Override
    public void rule(double x1, double y, double x2, Color color) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(0.6f);
        stream.moveTo((float) x1, (float) (pageHeight() - y));
        stream.lineTo((float) x2, (float) (pageHeight() - y));
        stream.stroke();
    }

    @Override
    public void shade(double x, double y, double width, double height, Color color) throws IOException {
        stream.setNonStrokingColor(color);
        stream.addRect((float) x, (float) (pageHeight() - y - height), (float) width, (float) height);
        stream.fill();
    }

    @Override
    public void chart(JFreeChart chart, double x, double y, double width, double height, double logicalWidth,
                      double logicalHeight) throws IOException {
        var graphics = new PdfBoxGraphics2D(document, (float) logicalWidth, (float) logicalHeight);
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, logicalWidth, logicalHeight));
        } finally {
            graphics.dispose();
        }
        stream.saveGraphicsState();
        var place = Matrix.getTranslateInstance((float) x, (float) (pageHeight() - y - height));
        place.scale((float) (width / logicalWidth), (float) (height / logicalHeight));
        stream.transform(place);
        stream.drawForm(graphics.getXFormObject());
        stream.restoreGraphicsState();
    }

    /** Ends the last page, then writes "page n of N" and {@code footer} at the foot of every page. */
    void finish(String footer) throws IOException {
        closeStream();
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            try (var foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream = foot;
                double baseline = pageHeight() - Layout.BOTTOM / 2;
                rule(Layout.MARGIN, baseline - Style.FOOTER.size() - 4, pageWidth() - Layout.MARGIN,
                        Style.Colors.RULE);
                text(Style.FOOTER, Layout.MARGIN, baseline, printable(footer));
                var number = "page " + (i + 1) + " of " + count;
                text(Style.FOOTER, pageWidth() - Layout.MARGIN - textWidth(Style.FOOTER, number), baseline, number);
            } finally {
                stream = null;
            }
        }
    }

    private String printable(String line) {
        return Glyphs.printable(line, codePoint -> canShow(Style.FOOTER, codePoint));
    }

    @Override
    public void close() throws IOException {
        closeStream();
        for (var file : files) {
            file.close();
        }
        for (var file : opened) {
            file.close();
        }
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
