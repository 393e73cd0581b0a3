package org.headback.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.headback.clinic.ClinicalCounters;
import org.headback.clinic.IchdLines;
import org.headback.clinic.MonthCount;
import org.headback.clinic.OveruseLine;
import org.headback.diary.MedicationClass;
import org.headback.text.Dates;
import org.headback.text.Words;

/**
 * The report's clinical sections after the first page: the days with a warning sign, and acute-medication days per
 * month and class against the ICHD-3 lines. A line that was reached is said in words in its own column, not shown
 * by colour alone.
 */
final class ClinicSections {
    /** At most this many warning-sign days are listed, the latest; the rest are counted. */
    static final int MAX_WARNING_DAYS = 30;

    private ClinicSections() {
    }

    static Section warningDays(ReportData data) {
        var blocks = new ArrayList<PageBlock>();
        blocks.add(new PageBlock.Text(Style.HEADING, "Warning-sign days"));
        var days = data.warningDays();
        if (days.isEmpty()) {
            blocks.add(new PageBlock.Text(Style.BODY, "No warning sign was ticked on any recorded day of this range."));
            return new Section("warning signs", blocks);
        }
        blocks.add(new PageBlock.Text(Style.STRONG, Words.count("day", days.size()) + " with a "
                + "warning sign (back pain or headache) that needs urgent medical attention ticked in the diary."));
        var shown = days.subList(Math.max(0, days.size() - MAX_WARNING_DAYS), days.size());
        if (shown.size() < days.size()) {
            blocks.add(new PageBlock.Text(Style.SMALL, "The latest " + shown.size() + " are listed; the first was on "
                    + Dates.ofUser().shown(days.get(0).date()) + "."));
        }
        var rows = shown.stream().map(day -> List.of(Dates.ofUser().shown(day.date()), day.labels())).toList();
        blocks.add(new PageBlock.Table(List.of("Day", "Warning signs ticked"), rows, List.of(0.24, 0.76)));
        return new Section("warning signs", blocks);
    }

    /**
     * The acute medication of the first page's months, class by class against the overuse lines, and the range's
     * last 30 days.
     */
    static Section counters(ReportData data) {
        var counters = data.counters();
        var blocks = new ArrayList<PageBlock>();
        blocks.add(new PageBlock.Text(Style.HEADING, "Acute medication per month, by class"));
        blocks.add(new PageBlock.Text(Style.SMALL, "Days with each class of acute medication in the months of the "
                + "first page, counted against the ICHD-3 (2018) lines for medication overuse: "
                + IchdLines.OVERUSE_DAYS + " or more days a month of triptans, ergots, opioids, combination "
                + "analgesics or several classes together, " + IchdLines.SIMPLE_ANALGESIC_DAYS + " or more of simple "
                + "analgesics or NSAIDs. In a month not fully recorded a count is a floor (“at least”). "
                + ClinicalCounters.ABOUT));
        medicationTable(counters.months()).ifPresentOrElse(blocks::add, () -> blocks.add(
                new PageBlock.Text(Style.BODY, "No acute medication is recorded in these months.")));
        blocks.add(new PageBlock.Text(Style.BODY, counters.lastThirtyDays().sentence()
                .replace("Last 30 days:", "The range's last 30 days:")));
        return new Section("counters", blocks);
    }

    /** Days with each class of acute medication taken in these months, and the overuse lines reached. */
    private static Optional<PageBlock> medicationTable(List<MonthCount> months) {
        var classes = Arrays.stream(MedicationClass.values())
                .filter(taken -> months.stream().anyMatch(month -> month.daysWith(taken) > 0)).toList();
        if (classes.isEmpty()) {
            return Optional.empty();
        }
        var header = new ArrayList<String>();
        header.add("Month");
        classes.forEach(taken -> header.add(taken.label() + (taken == MedicationClass.OTHER ? " (not counted)"
                : "")));
        header.add("Overuse line reached");
        var rows = new ArrayList<List<String>>();
        for (var month : months) {
            var row = new ArrayList<String>();
            row.add(month.name());
            classes.forEach(taken -> row.add(month.recorded() ? month.read(month.daysWith(taken)) : "—"));
            row.add(overuse(month));
            rows.add(row);
        }
        double monthShare = 0.17;
        double lineShare = 0.27;
        double each = (1 - monthShare - lineShare) / classes.size();
        var widths = new ArrayList<Double>();
        widths.add(monthShare);
        widths.addAll(Collections.nCopies(classes.size(), each));
        widths.add(lineShare);
        return Optional.of(new PageBlock.Table(header, rows, widths));
    }

    private static String overuse(MonthCount month) {
        if (!month.recorded()) {
            return "—";
        }
        var lines = month.overuseLines();
        if (lines.isEmpty()) {
            return "No";
        }
        var reached = new ArrayList<String>();
        for (OveruseLine line : lines) {
            // A month not fully recorded gives a floor, said as the counters in the window say it.
            reached.add(line.label() + ": " + month.read(month.days(line)) + " days (line " + line.days() + ")");
        }
        return "Yes: " + String.join("; ", reached);
    }
}
