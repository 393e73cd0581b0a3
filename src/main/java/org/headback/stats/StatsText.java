package org.headback.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.headback.text.Figures;
import org.headback.text.Words;

/**
 * The one place for the statistics in words: the plain sentence, the figures with their p-values, the table, the
 * further figures, what counts as a pain day, and what the shift test is for. The charts' captions, the window, the
 * command line and the report all take their sentences from here; how each number is written comes from
 * {@link Figures}.
 */
public final class StatsText {
    /** The one sentence that says what the shift test is for. */
    public static final String SHIFT_TEST = "Pain days come in runs, so neighbouring days are not independent; "
            + "the shift test slides your headache days a week or more against your back-pain days, keeping their "
            + "runs, and asks how often that lines up as many shared days as you had.";

    private StatsText() {
    }

    /**
     * One sentence on how often headaches come with back pain, e.g. "Headache on 62 % of your back-pain days and
     * on 18 % of your other days (90 recorded days)." When a rate cannot be given (no back-pain days, or no other
     * days), the sentence says so instead.
     */
    public static String summary(CooccurrenceStats stats) {
        Objects.requireNonNull(stats, "stats");
        int days = stats.recordedDays();
        if (days == 0) {
            return "No days are recorded in this range.";
        }
        String recorded = " (" + Words.count("recorded-day", days) + ").";
        OptionalDouble withBackPain = stats.headacheRateWithBackPain();
        OptionalDouble withoutBackPain = stats.headacheRateWithoutBackPain();
        if (withBackPain.isEmpty()) {
            return "No back-pain days in this range" + recorded;
        }
        if (withoutBackPain.isEmpty()) {
            if (days == 1) {
                String with = withBackPain.getAsDouble() > 0 ? " with a headache" : " without a headache";
                return "The recorded day was a back-pain day" + with + recorded;
            }
            return "Every recorded day was a back-pain day, with headache on "
                    + Figures.percent(withBackPain.getAsDouble()) + " of them" + recorded;
        }
        return "Headache on " + Figures.percent(withBackPain.getAsDouble()) + " of your back-pain days and on "
                + Figures.percent(withoutBackPain.getAsDouble()) + " of your other days" + recorded;
    }

    /**
     * The plain sentence, or without enough data the reason (with the sentence only when it adds to the reason):
     * the first thing every chart and report says about the days.
     */
    public static String headline(CooccurrenceStats stats) {
        Objects.requireNonNull(stats, "stats");
        if (stats.enoughData()) {
            return summary(stats);
        }
        var reason = stats.reason().orElse("Not enough data for any figure.");
        return stats.recordedDays() == 0 ? reason : reason + " " + summary(stats);
    }

    /** The odds ratio with its interval, e.g. "odds ratio 3.2 (95 % CI 1.4–7.5)"; an absent piece is "—". */
    public static String oddsRatio(CooccurrenceStats stats) {
        Objects.requireNonNull(stats, "stats");
        return "odds ratio " + Figures.ratio(stats.oddsRatio()) + " (95 % CI "
                + Figures.interval(stats.oddsRatioLow(), stats.oddsRatioHigh()) + ")";
    }

    /**
     * "odds ratio 2.2 (95 % CI 0.25–19); Fisher exact p = 0.67; shift test p = 0.45." — empty without enough data,
     * when no figure means anything.
     */
    public static List<String> figures(CooccurrenceStats stats) {
        if (!stats.enoughData()) {
            return List.of();
        }
        var figures = new StringBuilder(oddsRatio(stats));
        stats.fisherP().ifPresent(p -> figures.append("; Fisher exact ").append(Figures.p(p)));
        stats.shiftTestP().ifPresent(p -> figures.append("; shift test ").append(Figures.p(p)));
        return List.of(figures.append('.').toString());
    }

    /** The 2×2 table of recorded days, three lines in columns for a fixed-width font. */
    public static List<String> table(CooccurrenceStats stats) {
        var t = stats.table();
        return List.of(String.format(Locale.ROOT, "%-16s %14s %14s", "", "headache day", "no headache"),
                String.format(Locale.ROOT, "%-16s %14d %14d", "back-pain day", t.both(), t.backOnly()),
                String.format(Locale.ROOT, "%-16s %14d %14d", "other day", t.headacheOnly(), t.neither()));
    }

    /** The figures beyond the table (phi, Spearman's rho, the next day, the shift test); none without enough data. */
    public static List<String> moreFigures(CooccurrenceStats stats) {
        var lines = new ArrayList<String>();
        if (!stats.enoughData()) {
            return lines;
        }
        stats.phi().ifPresent(phi -> lines.add(String.format(Locale.ROOT,
                "phi = %.2f (association of the two kinds of day, −1 to 1)", phi)));
        stats.spearmanRho().ifPresent(rho -> lines.add(String.format(Locale.ROOT,
                "Spearman rho = %.2f (do worse back days go with worse headaches?)", rho)));
        var lag = stats.lag1();
        lag.oddsRatio().ifPresent(or -> lines.add("next day: headache the day after a back-pain day, odds ratio "
                + Figures.ratio(or) + lag.fisherP().stream().mapToObj(p -> ", " + Figures.p(p)).findFirst()
                .orElse("") + " over " + Words.count("pair", lag.pairs())));
        stats.shiftTestP().ifPresent(p -> lines.add("shift test " + Figures.p(p) + ": "
                + "how often shifted days share as many days as yours"));
        return lines;
    }

    /** What counts as a pain day, and that days not recorded are left out. */
    public static String thresholds(Thresholds thresholds) {
        return "A back-pain day has back pain ≥ " + thresholds.backPain() + ", a headache day headache ≥ "
                + thresholds.headache() + " (0–10). Days not recorded are left out, never counted as pain-free.";
    }

    /** The one sentence that says why the factors' p-values are adjusted. */
    public static final String MANY_FACTORS = "With many factors tested at once, one in twenty would look linked by "
            + "chance alone; each p-value is therefore adjusted for how many factors were tested (Holm's method), "
            + "and a factor is said to go with more or fewer headaches only when the adjusted p and the shift-test p "
            + "are both under 0.05.";

    /** The one sentence that says what the shift test is for, where it tests factors. */
    public static final String SHIFT_TEST_FACTORS = "Pain days and many factors come in runs, so neighbouring days are "
            + "not independent; the shift test slides your headache days a week or more against the factor's days, "
            + "keeping their runs, and asks how often that lines up as many shared days as you had.";

    /** The words of a family: "Same day" and what it compares, or "Next day". */
    public static String family(boolean nextDay) {
        return nextDay ? "Next day: the factor on one day, the headache on the day after (pairs of recorded days)"
                : "Same day: the factor and the headache on the same recorded day";
    }

    /**
     * A factor's name for people: the user's own as written; "Back pain (4 or more)", "Short sleep (under 6 h)",
     * "High stress (7 or more)" for the three read from the day's values.
     */
    public static String factorName(FactorFigures figures, FactorSettings settings) {
        return switch (figures.kind()) {
            case USER -> figures.name();
            case BACK_PAIN -> figures.kind().label() + " (" + settings.thresholds().backPain() + " or more)";
            case SHORT_SLEEP -> figures.kind().label() + " (under " + hours(settings.shortSleepHours()) + " h)";
            case HIGH_STRESS -> figures.kind().label() + " (" + settings.highStress() + " or more)";
        };
    }

    /**
     * One factor in a line: "coffee — goes with more headaches: headache on 75 % of the 12 days with it and on 22 %
     * of the 18 without; odds ratio 10 (95 % CI 1.9–58), adjusted p = 0.016, shift test p < 0.001." Without enough
     * data: "walk — not enough data: known on 9 days: at least 14 are needed."
     */
    public static String factorLine(FactorFigures figures, FactorSettings settings, boolean nextDay) {
        var name = factorName(figures, settings) + " — " + Words.inSentence(figures.verdict().label());
        if (!figures.enoughData()) {
            return name + ": " + Words.inSentence(figures.reason().orElse(""));
        }
        var unit = nextDay ? "pair" : "day";
        int with = figures.both() + figures.factorOnly();
        int without = figures.headacheOnly() + figures.neither();
        return name + ": headache on " + Figures.percent(figures.headacheRateWithFactor().getAsDouble()) + " of the "
                + Words.count(unit, with) + " with it and on "
                + Figures.percent(figures.headacheRateWithoutFactor().getAsDouble()) + " of the "
                + Words.count(unit, without) + " without; odds ratio " + Figures.ratio(figures.oddsRatio())
                + " (95 % CI " + Figures.interval(figures.oddsRatioLow(), figures.oddsRatioHigh()) + "), adjusted "
                + Figures.p(figures.holmP().getAsDouble()) + ", shift test "
                + figures.shiftTestP().stream().mapToObj(Figures::p).findFirst().orElse("p = " + Figures.ABSENT)
                + ".";
    }

    /**
     * The first line about the factors: which ones go with more or fewer headaches over the recorded days, or that
     * none shows a clear link.
     */
    public static String factorsHeadline(FactorReport report) {
        var clear = report.sameDay().stream().filter(figures -> figures.verdict() == FactorVerdict.MORE
                || figures.verdict() == FactorVerdict.FEWER).map(figures -> factorName(figures, report.settings())
                + " " + Words.inSentence(figures.verdict().label())).toList();
        var days = " (" + Words.count("recorded-day", report.recordedDays()) + ", same day).";
        return clear.isEmpty() ? "No factor shows a clear link with your headache days" + days
                : String.join("; ", clear) + days;
    }

    /** Every factor of both families in a line each, under the family's heading, then why and how they are tested. */
    public static List<String> factorLines(FactorReport report) {
        var lines = new ArrayList<String>();
        for (boolean nextDay : new boolean[] {false, true}) {
            lines.add(family(nextDay) + ":");
            (nextDay ? report.nextDay() : report.sameDay()).forEach(figures ->
                    lines.add("  " + factorLine(figures, report.settings(), nextDay)));
        }
        lines.add(MANY_FACTORS);
        lines.add(SHIFT_TEST_FACTORS);
        lines.add(thresholds(report.settings().thresholds()));
        return lines;
    }

    /** The one sentence of caution beside a before/after comparison. */
    public static final String COMPARE_CAUTION = "Bad weeks come in runs, so the p-value and the interval reshuffle "
            + "whole weeks (7 recorded days), not single days; a change over time can have many causes, and a "
            + "diary shows that it happened, not what made it happen.";

    /**
     * One measure before and after: "Headache days: 17.1 per 30 recorded days before, 6.0 after; change −11.1 (95 %
     * CI −16.6 to −4.3), p = 0.016."
     */
    public static String compareLine(MeasureChange change) {
        return change.measure().label() + ": " + Figures.rate(change.beforePer30()) + " per 30 recorded days before, "
                + Figures.rate(change.afterPer30()) + " after; " + compareChange(change) + ".";
    }

    /** A measure's change with its interval and p-value: "change −11.1 (95 % CI −16.6 to −4.3), p = 0.016". */
    public static String compareChange(MeasureChange change) {
        var parts = compareChangeParts(change);
        return parts.get(0) + " (" + parts.get(1) + "), " + parts.get(2);
    }

    /** The change's three parts, for a chart to set on lines of their own: "change −11.1", "95 % CI −16.6 to −4.3",
     * "p = 0.016". */
    public static List<String> compareChangeParts(MeasureChange change) {
        return List.of("change " + Figures.rate(change.change()), "95 % CI " + Figures.rate(change.changeLow())
                + " to " + Figures.rate(change.changeHigh()), Figures.p(change.p()));
    }

    private static String hours(double hours) {
        return hours == Math.rint(hours) ? Long.toString((long) hours) : Double.toString(hours);
    }
}
