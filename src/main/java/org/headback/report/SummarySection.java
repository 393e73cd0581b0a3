package org.headback.report;

import java.util.ArrayList;
import java.util.List;
import org.headback.clinic.IchdLines;
import org.headback.stats.Thresholds;
import org.headback.text.Dates;
import org.headback.text.Words;

/**
 * The first page, for a doctor to take in at a glance: whom it is about, the range and its recorded days, what
 * counts as a pain day, and month by month the headache, migraine, acute-medication, back-pain and warning-sign
 * days against the ICHD-3 lines.
 */
final class SummarySection {
    private static final List<String> HEADER = List.of("Month, days recorded", "Headache\ndays", "Migraine\ndays",
            "Acute\nmedication\ndays", "Back-pain\ndays", "Average\nback pain\n(0–10)", "Warning-\nsign days");
    private static final List<Double> WIDTHS = List.of(0.18, 0.13, 0.13, 0.15, 0.14, 0.14, 0.13);

    private SummarySection() {
    }

    static Section of(ReportData data) {
        var blocks = new ArrayList<PageBlock>();
        blocks.add(new PageBlock.Text(Style.TITLE, ReportContent.TITLE));
        data.person().line().ifPresent(line -> blocks.add(new PageBlock.Text(Style.PERSON, line)));
        blocks.add(new PageBlock.Text(Style.STRONG, data.range().describe() + " · " + ReportContent.recorded(data)));
        blocks.add(new PageBlock.Text(Style.BODY, thresholds(data.thresholds())));
        blocks.add(new PageBlock.Text(Style.SMALL, "Made with HeadBack on " + Dates.ofUser().shown(data.made())
                + " from a personal diary of back pain and headache, each rated 0 (none) to 10 (worst) once a day. "
                + "Not recorded is not pain-free: a day without an entry is left out of every figure, never counted "
                + "as a day without pain."));
        blocks.add(new PageBlock.Text(Style.HEADING, "Month by month"));
        blocks.add(new PageBlock.Text(Style.SMALL, legend(data)));
        var rows = data.counters().months().stream()
                .map(month -> MonthRow.of(month, data.countedDays(), data.thresholds()).cells()).toList();
        blocks.add(new PageBlock.Table(HEADER, rows, WIDTHS));
        data.counters().notes().forEach(note -> blocks.add(new PageBlock.Text(Style.BODY, "• " + note)));
        return new Section("summary", blocks);
    }

    /**
     * "A back-pain day is a day with back pain 4 or more; a headache day is a day with headache 1 or more." The
     * monthly headache counts always count every headache, as ICHD-3 does, whatever the statistics' threshold.
     */
    static String thresholds(Thresholds thresholds) {
        var back = "A back-pain day is a day with back pain " + thresholds.backPain() + " or more";
        if (thresholds.headache() == 1) {
            return back + "; a headache day is a day with headache 1 or more; a migraine day is a headache day "
                    + "recorded as migraine.";
        }
        return back + ". In the figures and charts a headache day is a day with headache " + thresholds.headache()
                + " or more; the monthly counts below follow ICHD-3 and count every day with headache 1 or more, "
                + "and a migraine day is a headache day recorded as migraine.";
    }

    private static String legend(ReportData data) {
        var months = data.counters().months();
        var first = months.get(0).month();
        var partly = first.atDay(1).isBefore(data.range().from()) ? " (whole calendar months, so the first may "
                + "begin before the range)" : "";
        var limited = months.size() == ReportData.COUNTED_MONTHS && ReportData.countedFrom(data.range())
                .isAfter(data.range().from()) ? "; the range is longer, so only its last "
                + Words.count("month", ReportData.COUNTED_MONTHS) + " are shown" : "";
        return "Calendar months of the range" + partly + limited + ". “" + MonthRow.LINE + "” marks a month at or "
                + "over an ICHD-3 (2018) line: " + IchdLines.CHRONIC_HEADACHE_DAYS + " headache days (chronic "
                + "headache); " + IchdLines.CHRONIC_MIGRAINE_DAYS + " migraine days among them (chronic migraine); "
                + "acute medication on " + IchdLines.OVERUSE_DAYS + " days, " + IchdLines.SIMPLE_ANALGESIC_DAYS
                + " for simple analgesics or NSAIDs alone (medication overuse). In a month not fully recorded a count "
                + "is a floor (“at least”). The average back pain is over the month's recorded days. These counts "
                + "are information for the doctor, not a diagnosis.";
    }
}
