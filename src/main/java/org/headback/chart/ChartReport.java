package org.headback.chart;

import java.util.ArrayList;
import java.util.List;
import org.headback.stats.StatsText;
import org.headback.text.Words;

/** The statistics in words, as the charts' captions give them, for the command line and the window. */
public final class ChartReport {
    private ChartReport() {
    }

    /** The range, the plain sentence, the figures and the table, line by line. */
    public static List<String> lines(ChartInput input) {
        var lines = new ArrayList<String>();
        lines.add(input.range().describe() + ": " + Words.format("recorded-of", input.days().size(),
                input.range().days()) + ".");
        lines.addAll(ChartStyle.captionLines(input));
        lines.addAll(CooccurrenceChart.details(input.stats()));
        if (input.stats().shiftTestP().isPresent()) {
            lines.add(StatsText.SHIFT_TEST);
        }
        return lines;
    }

    /**
     * The plain sentence with the odds ratio and p-values, or the reason there are no figures; then what makes a
     * back-pain day and a headache day.
     */
    public static List<String> figures(ChartInput input) {
        return ChartStyle.captionLines(input);
    }

    /** phi, Spearman's rho, the next-day odds ratio and the shift test, line by line; none without enough data. */
    public static List<String> moreFigures(ChartInput input) {
        return StatsText.moreFigures(input.stats());
    }

    /** The one sentence that says what the shift test is for. */
    public static String shiftTestSentence() {
        return StatsText.SHIFT_TEST;
    }
}
