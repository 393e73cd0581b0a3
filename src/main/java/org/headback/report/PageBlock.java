package org.headback.report;

import java.util.List;
import org.headback.chart.BeforeAfterInput;
import org.headback.chart.ChartInput;
import org.headback.chart.ChartKind;

/** One piece of the report, laid out the same way on PDF pages and in the tall image. */
sealed interface PageBlock {
    /** A paragraph, wrapped to the width; line breaks in the text start new lines. */
    record Text(Style style, String text) implements PageBlock {
    }

    /**
     * A table with a header row; {@code widths} are the columns' shares of the width, adding up to 1.
     */
    record Table(List<String> header, List<List<String>> rows, List<Double> widths) implements PageBlock {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            widths = List.copyOf(widths);
            int columns = header.size();
            if (widths.size() != columns || rows.stream().anyMatch(row -> row.size() != columns)) {
                throw new IllegalArgumentException("every row needs one cell per column");
            }
        }
    }

    /** One of the charts, drawn from the report's data. */
    record Chart(ChartKind kind, ChartInput input) implements PageBlock {
    }

    /** The before/after chart of the two ranges the user chose. */
    record BeforeAfterChart(BeforeAfterInput input) implements PageBlock {
    }
}
