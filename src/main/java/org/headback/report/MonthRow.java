package org.headback.report;

import java.time.YearMonth;
import java.util.List;
import org.headback.clinic.MonthCount;
import org.headback.diary.DayEntry;
import org.headback.stats.Thresholds;
import org.headback.text.Figures;
import org.headback.text.Words;

/**
 * One row of the first page's table: a calendar month's headache, migraine and acute-medication days (with the
 * ICHD-3 lines reached), back-pain days, average back pain and warning-sign days. A month not fully recorded gives
 * floors ("at least 4"), a month without a record says "not recorded", never 0.
 */
record MonthRow(MonthCount count, int backPainDays, double backPainTotal, int warningDays) {
    /** Marks a count at or over its ICHD-3 line, in words rather than colour. */
    static final String LINE = "line reached";

    /** The month's row from the recorded days (days of other months are left out). */
    static MonthRow of(MonthCount count, List<DayEntry> days, Thresholds thresholds) {
        int back = 0;
        double total = 0;
        int warning = 0;
        for (var day : days) {
            if (!YearMonth.from(day.date()).equals(count.month())) {
                continue;
            }
            back += day.backPain() >= thresholds.backPain() ? 1 : 0;
            total += day.backPain();
            warning += day.hasWarningSign() ? 1 : 0;
        }
        return new MonthRow(count, back, total, warning);
    }

    List<String> cells() {
        return List.of(count.name() + "\n" + recorded(), marked(count.headacheDays(), count.atHeadacheLine()),
                marked(count.migraineDays(), count.atMigraineLine()),
                marked(count.acuteMedicationDays(), count.atOveruseLine()), count.read(backPainDays),
                averageBackPain(), count.read(warningDays));
    }

    /** "all 31 days", "27 of 30 days", "not recorded". */
    private String recorded() {
        if (!count.recorded()) {
            return "not recorded";
        }
        return (count.complete() ? "all " : count.recordedDays() + " of ") + Words.count("day", count.possibleDays());
    }

    private String marked(int days, boolean atLine) {
        return count.read(days) + (atLine ? "\n" + LINE : "");
    }

    /** The mean back pain of the month's recorded days, 0 to 10. */
    private String averageBackPain() {
        return count.recorded() ? Figures.severity(backPainTotal / count.recordedDays()) : "not recorded";
    }
}
