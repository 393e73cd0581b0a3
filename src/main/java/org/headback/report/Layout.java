package org.headback.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.headback.chart.ChartColours;
import org.headback.chart.Charts;
import org.jfree.chart.JFreeChart;

/**
 * Flows the report's blocks onto a canvas: text wrapped to the width, tables row by row, charts scaled to the width,
 * a new page wherever the next piece does not fit (on PDF pages), headings kept with what follows them.
 */
final class Layout {
    static final double MARGIN = 50;
    static final double TOP = 48;
    /** Room below the text for the footer. */
    static final double BOTTOM = 64;
    /** The charts are drawn as on an area this size, then scaled to the text's width. */
    static final double CHART_WIDTH = 800;
    static final double CHART_HEIGHT = 520;
    private static final double CELL_PAD = 4;
    private static final double CHART_GAP = 14;
    /** At most this many blocks are kept on one page because each keeps with the next. */
    private static final int KEPT_TOGETHER = 4;

    private final Canvas canvas;
    private final double width;
    private double y = TOP;
    private int pages = 1;
    private final List<Double> fills = new ArrayList<>();

    Layout(Canvas canvas) {
        this.canvas = canvas;
        this.width = canvas.pageWidth() - 2 * MARGIN;
    }

    /** How far down the current page the layout has got. */
    double y() {
        return y;
    }

    int pages() {
        return pages;
    }

    /** How much of each page left behind was filled, 0 to 1, in page order (the current page is not among them). */
    List<Double> fills() {
        return List.copyOf(fills);
    }

    void section(Section section) throws IOException {
        var blocks = section.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            var block = blocks.get(i);
            if (keepsWithNext(blocks, i)) {
                need(start(blocks, i, KEPT_TOGETHER));
            }
            block(block);
        }
    }

    /**
     * A heading stays with what follows it; so does small print (an introduction, a day's details), so that no page
     * ends with a heading or an introduction alone.
     */
    private static boolean keepsWithNext(List<PageBlock> blocks, int i) {
        if (i + 1 >= blocks.size() || !(blocks.get(i) instanceof PageBlock.Text text)) {
            return false;
        }
        return text.style().keepsWithNext() || text.style() == Style.SMALL;
    }

    /**
     * The room from block {@code i} to the first part of the first block that need not stay with its next, over at
     * most {@code blocks} blocks: a list of short entries is not kept together as a whole.
     */
    private double start(List<PageBlock> blocks, int i, int most) throws IOException {
        if (most > 1 && keepsWithNext(blocks, i)) {
            return height((PageBlock.Text) blocks.get(i)) + start(blocks, i + 1, most - 1);
        }
        return firstPart(blocks.get(i));
    }

    private void block(PageBlock block) throws IOException {
        if (block instanceof PageBlock.Text text) {
            text(text);
        } else if (block instanceof PageBlock.Table table) {
            table(table);
        } else if (block instanceof PageBlock.Chart chart) {
            chart(Charts.create(chart.kind(), chart.input()));
        } else if (block instanceof PageBlock.BeforeAfterChart chart) {
            chart(Charts.beforeAfterWithoutCaption(chart.input(), ChartColours.LIGHT));
        }
    }

    /** A line of small text under everything else, for the tall image's end. */
    void closingLine(String line) throws IOException {
        y += 10;
        canvas.rule(MARGIN, y, MARGIN + width, Style.Colors.RULE);
        y += 6;
        text(new PageBlock.Text(Style.FOOTER, line));
    }

    private void text(PageBlock.Text text) throws IOException {
        var style = text.style();
        y += y > TOP ? style.spaceBefore() : 0;
        for (var line : lines(style, text.text(), width)) {
            need(style.leading());
            canvas.text(style, MARGIN, baseline(style, y), line);
            y += style.leading();
        }
        y += style.spaceAfter();
    }

    private double height(PageBlock.Text text) throws IOException {
        var style = text.style();
        return style.spaceBefore() + lines(style, text.text(), width).size() * style.leading() + style.spaceAfter();
    }

    /** The room the start of a block needs: a few lines of text, a table's head and first row, a whole chart. */
    private double firstPart(PageBlock block) throws IOException {
        if (block instanceof PageBlock.Text text) {
            return Math.min(height(text), 3 * text.style().leading());
        }
        if (block instanceof PageBlock.Chart || block instanceof PageBlock.BeforeAfterChart) {
            return chartHeight();
        }
        return block instanceof PageBlock.Table ? 3 * Style.TABLE.leading() + 4 * CELL_PAD : 0;
    }

    /** A table; a row that does not fit starts a new page, with the header again above it. */
    private void table(PageBlock.Table table) throws IOException {
        y += 4;
        var columns = table.widths().stream().map(share -> share * width).toList();
        var header = wrap(table.header(), columns, Style.TABLE_HEAD);
        need(height(header, Style.TABLE_HEAD) + (table.rows().isEmpty() ? 0
                : height(wrap(table.rows().get(0), columns, Style.TABLE), Style.TABLE)));
        row(header, columns, Style.TABLE_HEAD, true);
        for (var cells : table.rows()) {
            var row = wrap(cells, columns, Style.TABLE);
            if (y + height(row, Style.TABLE) > canvas.pageHeight() - BOTTOM) {
                newPage();
                row(header, columns, Style.TABLE_HEAD, true);
            }
            row(row, columns, Style.TABLE, false);
        }
        y += 8;
    }

    private List<List<String>> wrap(List<String> cells, List<Double> columns, Style style) throws IOException {
        var wrapped = new ArrayList<List<String>>();
        for (int i = 0; i < cells.size(); i++) {
            wrapped.add(lines(style, cells.get(i), columns.get(i) - 2 * CELL_PAD));
        }
        return wrapped;
    }

    private static double height(List<List<String>> row, Style style) {
        int lines = row.stream().mapToInt(List::size).max().orElse(1);
        return lines * style.leading() + 2 * CELL_PAD;
    }

    private void row(List<List<String>> wrapped, List<Double> columns, Style style, boolean head)
            throws IOException {
        double height = height(wrapped, style);
        if (head) {
            canvas.shade(MARGIN, y, width, height, Style.Colors.SHADE);
        }
        double x = MARGIN;
        for (int i = 0; i < wrapped.size(); i++) {
            double lineTop = y + CELL_PAD;
            for (var line : wrapped.get(i)) {
                canvas.text(style, x + CELL_PAD, baseline(style, lineTop), line);
                lineTop += style.leading();
            }
            x += columns.get(i);
        }
        y += height;
        canvas.rule(MARGIN, y, MARGIN + width, Style.Colors.RULE);
    }

    private double chartHeight() {
        return width * CHART_HEIGHT / CHART_WIDTH;
    }

    private void chart(JFreeChart drawn) throws IOException {
        double height = chartHeight();
        need(height + CHART_GAP);
        canvas.chart(drawn, MARGIN, y, width, height, CHART_WIDTH, CHART_HEIGHT);
        y += height + CHART_GAP;
    }

    /** Starts a new page unless {@code height} still fits on this one (or the page is still empty). */
    private void need(double height) throws IOException {
        if (y + height > canvas.pageHeight() - BOTTOM && y > TOP) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        fills.add((y - TOP) / (canvas.pageHeight() - TOP - BOTTOM));
        canvas.newPage();
        pages++;
        y = TOP;
    }

    private static double baseline(Style style, double lineTop) {
        return lineTop + (style.leading() - style.size()) / 2 + style.size() * 0.8;
    }

    /** The text's printable lines, wrapped at spaces to the width (a word longer than the width is split). */
    private List<String> lines(Style style, String text, double room) throws IOException {
        var lines = new ArrayList<String>();
        for (var paragraph : text.split("\\R", -1)) {
            var words = Glyphs.printable(paragraph, codePoint -> canvas.canShow(style, codePoint)).split(" ");
            var line = new StringBuilder();
            for (var word : words) {
                var candidate = line.length() == 0 ? word : line + " " + word;
                if (canvas.textWidth(style, candidate) <= room) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                for (var piece : split(style, word, room)) {
                    if (line.length() > 0) {
                        lines.add(line.toString());
                    }
                    line.setLength(0);
                    line.append(piece);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** A word cut into pieces that each fit the width, at character boundaries. */
    private List<String> split(Style style, String word, double room) throws IOException {
        var pieces = new ArrayList<String>();
        var piece = new StringBuilder();
        for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
            var next = word.substring(i, word.offsetByCodePoints(i, 1));
            if (piece.length() > 0 && canvas.textWidth(style, piece + next) > room) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(next);
        }
        pieces.add(piece.toString());
        return pieces;
    }
}
