package org.headback.report;

import java.util.ArrayList;
import java.util.List;
import org.headback.chart.ChartKind;
import org.headback.chart.ChartReport;
import org.headback.diary.DayEntry;
import org.headback.stats.CooccurrenceStats;
import org.headback.text.Words;

/**
 * What the report says, section by section, in the order a clinician reads it: a first page to take in at a glance
 * (who, the range, the thresholds, month by month, and the attacks per month when there are any), the warning-sign
 * days, the preventive medicines and the factors ticked most often (each only when the diary holds any), the
 * figures, what goes with the headache days, the two ranges compared (when the user chose them), the charts,
 * then the worst days. The writers only lay it out.
 */
final class ReportContent {
    static final String TITLE = "HeadBack diary report";
    static final String NOT_ENOUGH = "Not enough data for statistics: ";
    /** Said once, instead of under each day, when none of the worst days has notes. */
    static final String NO_NOTES = "None of these days has notes.";

    private ReportContent() {
    }

    static List<Section> sections(ReportData data) {
        var sections = new ArrayList<Section>();
        sections.add(SummarySection.of(data));
        DiarySections.attacks(data).ifPresent(sections::add);
        sections.add(ClinicSections.warningDays(data));
        DiarySections.preventives(data).ifPresent(sections::add);
        DiarySections.factors(data).ifPresent(sections::add);
        sections.add(cooccurrence(data));
        FactorsSection.of(data).ifPresent(sections::add);
        BeforeAfterSection.of(data).ifPresent(sections::add);
        sections.addAll(List.of(ClinicSections.counters(data), charts(data), worstDays(data)));
        return List.copyOf(sections);
    }

    /** "1 Aug 2026 – 30 Oct 2026": the footer of every page. */
    static String footer(ReportData data) {
        return TITLE + " · " + data.range().describe();
    }

    /** "84 recorded days of 91". */
    static String recorded(ReportData data) {
        return Words.format("recorded-of", data.days().size(), data.range().days());
    }

    private static Section cooccurrence(ReportData data) {
        var input = data.input();
        CooccurrenceStats stats = input.stats();
        var blocks = new ArrayList<PageBlock>();
        blocks.add(new PageBlock.Text(Style.HEADING, "Back pain and headache on the same days"));
        blocks.add(new PageBlock.Text(Style.SMALL, "A diary of one person is not a study; these figures describe these "
                + "days, not a cause."));
        var figures = ChartReport.figures(input);
        if (stats.enoughData()) {
            blocks.add(new PageBlock.Text(Style.STRONG, figures.get(0)));
            figures.subList(1, figures.size()).forEach(line -> blocks.add(new PageBlock.Text(Style.BODY, line)));
        } else {
            blocks.add(new PageBlock.Text(Style.STRONG, NOT_ENOUGH + stats.reason().orElse("")));
            blocks.add(new PageBlock.Text(Style.BODY, figures.get(figures.size() - 1)));
        }
        blocks.add(table(stats));
        if (stats.enoughData()) {
            ChartReport.moreFigures(input).forEach(line -> blocks.add(new PageBlock.Text(Style.BODY, line)));
            if (stats.shiftTestP().isPresent()) {
                blocks.add(new PageBlock.Text(Style.SMALL, ChartReport.shiftTestSentence()));
            }
        }
        return new Section("co-occurrence", blocks);
    }

    /** The 2×2 table of recorded days, with totals. */
    private static PageBlock table(CooccurrenceStats stats) {
        var t = stats.table();
        var rows = List.of(
                List.of("Back-pain days", count(t.both()), count(t.backOnly()), count(t.both() + t.backOnly())),
                List.of("Other days", count(t.headacheOnly()), count(t.neither()),
                        count(t.headacheOnly() + t.neither())),
                List.of("All recorded days", count(t.both() + t.headacheOnly()), count(t.backOnly() + t.neither()),
                        count(t.total())));
        return new PageBlock.Table(List.of("Recorded days", "with headache", "without headache", "total"), rows,
                List.of(0.34, 0.22, 0.24, 0.20));
    }

    private static String count(int days) {
        return Integer.toString(days);
    }

    private static Section charts(ReportData data) {
        return new Section("charts", List.of(new PageBlock.Chart(ChartKind.TOGETHER, data.input()),
                new PageBlock.Chart(ChartKind.MONTHS, data.input())));
    }

    private static Section worstDays(ReportData data) {
        var blocks = new ArrayList<PageBlock>();
        blocks.add(new PageBlock.Text(Style.HEADING, "The worst days and their notes"));
        var worst = WorstDays.pick(data.days(), WorstDays.LIMIT);
        if (worst.isEmpty()) {
            blocks.add(new PageBlock.Text(Style.BODY, "No recorded day in this range had back pain or a headache."));
            return new Section("worst days", blocks);
        }
        blocks.add(new PageBlock.Text(Style.SMALL, "Up to " + WorstDays.LIMIT + " recorded days with the highest back "
                + "pain plus headache, worst first. Notes longer than " + WorstDays.MAX_NOTE + " characters are "
                + "shortened, marked “… (shortened)”; the whole note stays in the diary. A character that "
                + "neither the report's font nor a font on this computer can show is printed as " + Glyphs.SUBSTITUTE
                + "."));
        if (worst.stream().allMatch(day -> WorstDays.notes(day).isEmpty())) {
            blocks.add(new PageBlock.Text(Style.SMALL, NO_NOTES));
        }
        for (DayEntry day : worst) {
            blocks.add(new PageBlock.Text(Style.STRONG, WorstDays.title(day)));
            var details = WorstDays.details(day);
            if (!details.isEmpty()) {
                blocks.add(new PageBlock.Text(Style.SMALL, details));
            }
            var notes = WorstDays.notes(day);
            if (!notes.isEmpty()) {
                blocks.add(new PageBlock.Text(Style.BODY, notes));
            }
        }
        return new Section("worst days", blocks);
    }
}
