package org.headback.evidence;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.headback.stats.CooccurrenceStats;
import org.headback.stats.StatsText;
import org.headback.text.Figures;
import org.headback.text.Words;

/**
 * The plain paragraph under the evidence chart: what the user's own odds ratio can and cannot mean, and what the
 * published figures say, without reading more into either than is there.
 */
public final class EvidenceText {
    /** An interval whose upper end is this many times its lower end, or more, is called wide. */
    static final double WIDE = 4;

    static final String NOT_A_STUDY = "A diary of one person over weeks is not a study: the studies compared "
            + "people with and without back pain, your diary compares your own days with each other, so your "
            + "figure can stand beside theirs but cannot confirm or contradict them.";
    static final String NOT_A_CAUSE = "It is an association on the same days, in one person, over this period: it "
            + "does not show that one causes the other, and another period may look different.";
    static final String WIDE_INTERVAL = "The interval is wide, so the figure is uncertain: a few more weeks of "
            + "entries could move it a long way.";

    private EvidenceText() {
    }

    /** The whole paragraph: the user's figure first, then the published ones. */
    public static String paragraph(CooccurrenceStats stats, Evidence evidence) {
        return yours(stats) + " " + published(evidence.rows());
    }

    /** One line for the chart's caption, so that an exported image says the same. */
    public static String chartNote() {
        return "Studies compare groups of people; your diary compares your own days: it is not a study. A point "
                + "without a line: the source gives no interval.";
    }

    /** What the user's figure says, or why there is none. */
    static String yours(CooccurrenceStats stats) {
        Objects.requireNonNull(stats, "stats");
        if (!stats.enoughData() || stats.oddsRatioLow().isEmpty() || stats.oddsRatioHigh().isEmpty()) {
            return "Your diary gives no figure for this range (not enough data): "
                    + stats.reason().orElse("the days recorded cannot support one.") + " Even with enough days, "
                    + "your figure would describe your days, not a cause. " + NOT_A_STUDY;
        }
        double low = stats.oddsRatioLow().getAsDouble();
        double high = stats.oddsRatioHigh().getAsDouble();
        String direction;
        if (low > 1) {
            direction = "headaches were more common on your back-pain days than on your other days.";
        } else if (high < 1) {
            direction = "headaches were less common on your back-pain days than on your other days.";
        } else {
            direction = "the interval includes 1, so these days do not show whether headaches come more or less "
                    + "often with your back pain.";
        }
        var text = new StringBuilder("Over the ").append(Words.count("recorded-day", stats.recordedDays()))
                .append(" of this range, your diary gives an ")
                .append(StatsText.oddsRatio(stats).replaceFirst("^odds ratio ", "odds ratio of "))
                .append(": ").append(direction);
        if (high / low >= WIDE) {
            text.append(' ').append(WIDE_INTERVAL);
        }
        return text.append(' ').append(NOT_A_CAUSE).append(' ').append(NOT_A_STUDY).toString();
    }

    /** What the published figures say together: how many are above 1, and how sure each can be. */
    static String published(List<EvidenceRow> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        var above = rows.stream().filter(row -> row.oddsRatio().compareTo(BigDecimal.ONE) > 0).toList();
        var text = new StringBuilder();
        if (above.size() == rows.size()) {
            text.append(Words.format("evidence.all-above", rows.size()));
        } else {
            text.append(Words.format("evidence.some-above", above.size(), rows.size()));
        }
        text.append(" above 1");
        if (above.size() > 1) {
            var order = Comparator.comparing(EvidenceRow::oddsRatio);
            text.append(" (from ").append(Figures.ratio(above.stream().min(order).orElseThrow().oddsRatio()
                    .doubleValue())).append(" to ").append(Figures.ratio(above.stream().max(order).orElseThrow()
                    .oddsRatio().doubleValue())).append(')');
        }
        if (!above.isEmpty()) {
            text.append(": in those studies, back pain and headache were found together more often than chance "
                    + "would give");
        }
        text.append('.');
        var includingOne = rows.stream().filter(EvidenceRow::intervalIncludesOne).map(EvidenceRow::label).toList();
        if (!includingOne.isEmpty()) {
            text.append(" The interval of ").append(String.join(" and of ", includingOne)).append(" includes 1.");
        }
        long without = rows.stream().filter(row -> !row.hasInterval()).count();
        if (without > 0) {
            text.append(' ').append(Words.format("evidence.without-interval", without));
        }
        return text.toString();
    }
}
