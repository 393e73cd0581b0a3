package org.headback.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.headback.stats.FactorAnalysis;
import org.headback.stats.FactorFigures;
import org.headback.stats.FactorKind;
import org.headback.stats.FactorReport;
import org.headback.stats.StatsText;
import org.headback.text.Figures;
import org.headback.text.Words;

/**
 * The report's page of factors: each factor against the headache days, same day and next day, in a table with its
 * verdict, the factors without enough data in words with their counts, and why the figures are adjusted.
 */
final class FactorsSection {
    private static final List<String> HEADER = List.of("Factor", "days", "with", "without",
            "odds ratio (95 % CI)", "adj. p", "shift p", "verdict");
    private static final List<Double> WIDTHS = List.of(0.20, 0.07, 0.08, 0.10, 0.19, 0.08, 0.09, 0.19);

    private FactorsSection() {
    }

    /**
     * The page, when a factor beyond back pain (one of the user's, or sleep or stress) is known on enough days of the
     * range to be tested. Without one the page would only say again what the co-occurrence page says.
     */
    static Optional<Section> of(ReportData data) {
        var report = data.input().factors();
        if (report.sameDay().stream().noneMatch(figures -> figures.kind() != FactorKind.BACK_PAIN
                && figures.knownDays() >= FactorAnalysis.MIN_KNOWN)) {
            return Optional.empty();
        }
        var blocks = new ArrayList<PageBlock>();
        blocks.add(new PageBlock.Text(Style.HEADING, "What goes with the headache days"));
        blocks.add(new PageBlock.Text(Style.SMALL, "Back pain (the articles' question) beside short sleep, high "
                + "stress and the factors the user ticks, over " + Words.count("recorded-day", report.recordedDays())
                + ". These figures describe these days, not a cause. In the tables, days are the days (or pairs of "
                + "days) the factor is known; with and without are the shares of them with a headache, with the "
                + "factor and without it; adj. p is the Fisher p adjusted for the number of factors."));
        blocks.add(new PageBlock.Text(Style.STRONG, StatsText.factorsHeadline(report)));
        for (boolean nextDay : new boolean[] {false, true}) {
            blocks.add(new PageBlock.Text(Style.STRONG, StatsText.family(nextDay)));
            var family = nextDay ? report.nextDay() : report.sameDay();
            var rows = family.stream().filter(FactorFigures::enoughData).map(figures -> row(figures, report))
                    .toList();
            if (!rows.isEmpty()) {
                blocks.add(new PageBlock.Table(HEADER, rows, WIDTHS));
            }
            family.stream().filter(figures -> !figures.enoughData()).forEach(figures -> blocks.add(
                    new PageBlock.Text(Style.SMALL, StatsText.factorLine(figures, report.settings(), nextDay))));
        }
        blocks.add(new PageBlock.Text(Style.SMALL, StatsText.MANY_FACTORS));
        blocks.add(new PageBlock.Text(Style.SMALL, StatsText.SHIFT_TEST_FACTORS));
        return Optional.of(new Section("what goes with headaches", blocks));
    }

    private static List<String> row(FactorFigures figures, FactorReport report) {
        return List.of(StatsText.factorName(figures, report.settings()), Integer.toString(figures.knownDays()),
                Figures.percent(figures.headacheRateWithFactor().getAsDouble()),
                Figures.percent(figures.headacheRateWithoutFactor().getAsDouble()),
                Figures.ratio(figures.oddsRatio()) + " (" + Figures.interval(figures.oddsRatioLow(),
                        figures.oddsRatioHigh()) + ")",
                bare(Figures.p(figures.holmP().getAsDouble())),
                figures.shiftTestP().stream().mapToObj(p -> bare(Figures.p(p))).findFirst().orElse(Figures.ABSENT),
                figures.verdict().label());
    }

    /** "p = 0.016" as "0.016", "p < 0.001" as "< 0.001": the column's heading names the p. */
    private static String bare(String p) {
        return p.replaceFirst("^p = ", "").replaceFirst("^p ", "");
    }
}
