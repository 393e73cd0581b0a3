package org.headback.report;

import java.util.ArrayList;
import java.util.Optional;
import org.headback.stats.StatsText;
import org.headback.text.Words;

/**
 * The report's before/after page, when the user chose two ranges to compare: both ranges with their recorded days,
 * the four measures' lines (or why there are none), the caution, and the chart.
 */
final class BeforeAfterSection {
    static final String HEADING = "Before and after";

    private BeforeAfterSection() {
    }

    static Optional<Section> of(ReportData data) {
        return data.beforeAfter().map(compared -> {
            var comparison = compared.comparison();
            var blocks = new ArrayList<PageBlock>();
            blocks.add(new PageBlock.Text(Style.HEADING, HEADING));
            blocks.add(new PageBlock.Text(Style.BODY, "Before: " + compared.before().describe() + " ("
                    + Words.format("recorded-of", comparison.beforeDays(), compared.before().days()) + "); after: "
                    + compared.after().describe() + " (" + Words.format("recorded-of", comparison.afterDays(),
                    compared.after().days()) + ")."));
            comparison.reason().ifPresent(reason -> blocks.add(new PageBlock.Text(Style.STRONG, reason)));
            comparison.changes().forEach(change -> blocks.add(new PageBlock.Text(Style.BODY,
                    StatsText.compareLine(change))));
            blocks.add(new PageBlock.Text(Style.SMALL, StatsText.COMPARE_CAUTION));
            blocks.add(new PageBlock.Text(Style.SMALL, StatsText.thresholds(compared.thresholds())));
            blocks.add(new PageBlock.BeforeAfterChart(compared));
            return new Section("before and after", blocks);
        });
    }
}
