package org.headback.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.headback.clinic.ClinicalCounters;
import org.headback.clinic.IchdLines;
import org.headback.clinic.MonthCount;
import org.headback.clinic.OveruseLine;
import org.headback.diary.MedicationClass;

/**
 * The report's clinical sections: the days with a warning sign, and headache and medication days per month against
 * the ICHD-3 lines. A line that was reached is said in words in its own column, not shown by colour alone.
 */
final class ClinicSections {
    /** At most this many warning-sign days are listed, the latest; the rest are counted. */
    static final int MAX_WARNING_DAYS = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

    private ClinicSections() {
    }

    static Section warningDays(ReportData data) {
        var blocks = new ArrayList<Block>();
        blocks.add(new Block.Text(Style.HEADING, "Warning-sign days"));
        var days = data.warningDays();
        if (days.isEmpty()) {
            blocks.add(new Block.Text(Style.BODY, "No warning sign was ticked on any recorded day of this range."));
            return new Section("warning signs", blocks);
        }
        blocks.add(new Block.Text(Style.STRONG, days.size() + (days.size() == 1 ? " day" : " days") + " with a "
                + "back-pain warning sign that needs urgent medical attention ticked in the diary."));
        var shown = days.subList(Math.max(0, days.size() - MAX_WARNING_DAYS), days.size());
        if (shown.size() < days.size()) {
            blocks.add(new Block.Text(Style.SMALL, "The latest " + shown.size() + " are listed; the first was on "
                    + days.get(0).date().format(DAY) + "."));
        }
        var rows = shown.stream().map(day -> List.of(day.date().format(DAY), day.labels())).toList();
        blocks.add(new Block.Table(List.of("Day", "Warning signs ticked"), rows, List.of(0.24, 0.76)));
        return new Section("warning signs", blocks);
    }

    static Section counters(ReportData data) {
        var counters = data.counters();
        var blocks = new ArrayList<Block>();
        blocks.add(new Block.Text(Style.HEADING, "Headache and acute-medication days per month"));
        blocks.add(new Block.Text(Style.SMALL, "Calendar months of the range, at most the last "
                + ReportData.COUNTED_MONTHS + ", counted against the lines of ICHD-3 (2018): "
                + IchdLines.CHRONIC_HEADACHE_DAYS + " or more headache days a month for chronic headache, "
                + IchdLines.CHRONIC_MIGRAINE_DAYS + " or more of them migraine days for chronic migraine; acute "
                + "medication on " + IchdLines.OVERUSE_DAYS + " or more days a month ("
                + IchdLines.SIMPLE_ANALGESIC_DAYS + " for simple analgesics or NSAIDs) for medication overuse. Only "
                + "recorded days count: in a month not fully recorded a count is a floor (“at least”). "
                + ClinicalCounters.ABOUT));
        blocks.add(headacheTable(counters.months()));
        medicationTable(counters.months()).ifPresentOrElse(blocks::add, () -> blocks.add(
                new Block.Text(Style.BODY, "No acute medication is recorded in these months.")));
        blocks.add(new Block.Text(Style.BODY, counters.lastThirtyDays().sentence()
                .replace("Last 30 days:", "The range's last 30 days:")));
        counters.notes().forEach(note -> blocks.add(new Block.Text(Style.BODY, "• " + note)));
        return new Section("counters", blocks);
    }

    private static Block headacheTable(List<MonthCount> months) {
        var rows = months.stream().map(month -> List.of(month.name(), month.recordedText(),
                month.read(month.headacheDays()), month.read(month.migraineDays()), headacheLine(month))).toList();
        return new Block.Table(List.of("Month", "Days recorded", "Headache days", "Migraine days",
                "ICHD-3 line reached"), rows, List.of(0.17, 0.22, 0.15, 0.15, 0.31));
    }

    private static String headacheLine(MonthCount month) {
        if (!month.recorded()) {
            return "—";
        }
        if (month.atMigraineLine()) {
            return "Yes: chronic migraine (" + IchdLines.CHRONIC_HEADACHE_DAYS + "+ headache, "
                    + IchdLines.CHRONIC_MIGRAINE_DAYS + "+ migraine days)";
        }
        return month.atHeadacheLine() ? "Yes: chronic headache (" + IchdLines.CHRONIC_HEADACHE_DAYS + "+ days)"
                : "No";
    }

    /** Days with each class of acute medication taken in these months, and the overuse lines reached. */
    private static Optional<Block> medicationTable(List<MonthCount> months) {
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
        return Optional.of(new Block.Table(header, rows, widths));
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
