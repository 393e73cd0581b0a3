package org.headback.clinic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.headback.diary.DayEntry;

/**
 * The diary's days counted the way headache clinicians count them: headache, migraine and acute-medication days
 * per calendar month against the lines of ICHD-3, the last 30 days, and notes in plain sentences. They are
 * information to take to a clinician, not a diagnosis.
 *
 * @param months         the calendar months counted, oldest first, one after the other
 * @param lastThirtyDays today and the 29 days before
 * @param headacheRun    the latest run of 4 or more months in a row with 15 or more headache days
 * @param overuseRun     the latest run of 4 or more months in a row at or over any medication-overuse line
 * @param notes          what the counts show, as sentences to read, the most important first
 */
public record ClinicalCounters(LocalDate today, List<MonthCount> months, RecentDays lastThirtyDays,
                               Optional<MonthRun> headacheRun, Optional<MonthRun> overuseRun, List<String> notes) {
    /** How the counts are meant; say it wherever they are shown. */
    public static final String ABOUT = "These counts are information to take to your doctor, not a diagnosis.";
    /** The months {@link #of(List, LocalDate)} counts: the last twelve, this one included. */
    public static final int DEFAULT_MONTHS = 12;

    public ClinicalCounters {
        Objects.requireNonNull(today, "today");
        months = List.copyOf(months);
        Objects.requireNonNull(lastThirtyDays, "lastThirtyDays");
        Objects.requireNonNull(headacheRun, "headacheRun");
        Objects.requireNonNull(overuseRun, "overuseRun");
        notes = List.copyOf(notes);
    }

    /** The last 12 calendar months (this month so far and the 11 before) and the last 30 days. */
    public static ClinicalCounters of(List<DayEntry> days, LocalDate today) {
        var current = YearMonth.from(today);
        return of(days, today, current.minusMonths(DEFAULT_MONTHS - 1L), current);
    }

    /**
     * The calendar months from {@code first} to {@code last} (months after today's are left out) and the last 30
     * days up to today. Days outside those are ignored; days after today cannot be recorded and are ignored too.
     */
    public static ClinicalCounters of(List<DayEntry> days, LocalDate today, YearMonth first, YearMonth last) {
        Objects.requireNonNull(days, "days");
        var current = YearMonth.from(today);
        var end = last.isAfter(current) ? current : last;
        var byMonth = new HashMap<YearMonth, List<DayEntry>>();
        days.stream().filter(day -> !day.date().isAfter(today))
                .forEach(day -> byMonth.computeIfAbsent(YearMonth.from(day.date()), m -> new ArrayList<>()).add(day));
        var months = new ArrayList<MonthCount>();
        for (var month = first; !month.isAfter(end); month = month.plusMonths(1)) {
            int possible = month.equals(current) ? today.getDayOfMonth() : month.lengthOfMonth();
            months.add(MonthCount.of(month, possible, byMonth.getOrDefault(month, List.of())));
        }
        var recent = RecentDays.of(days, today);
        var headacheRun = latestRun(months, MonthCount::atHeadacheLine);
        var overuseRun = latestRun(months, MonthCount::atOveruseLine);
        return new ClinicalCounters(today, months, recent, headacheRun, overuseRun,
                ClinicalNotes.of(months, recent, headacheRun, overuseRun));
    }

    /** The latest run of at least 4 months in a row that all pass {@code atLine}. */
    static Optional<MonthRun> latestRun(List<MonthCount> months, Predicate<MonthCount> atLine) {
        Optional<MonthRun> latest = Optional.empty();
        YearMonth start = null;
        for (int i = 0; i <= months.size(); i++) {
            boolean at = i < months.size() && atLine.test(months.get(i));
            if (at && start == null) {
                start = months.get(i).month();
            } else if (!at && start != null) {
                var run = new MonthRun(start, months.get(i - 1).month());
                if (run.longEnough()) {
                    latest = Optional.of(run);
                }
                start = null;
            }
        }
        return latest;
    }

    /** The count of one month, if it is among those counted. */
    public Optional<MonthCount> month(YearMonth month) {
        return months.stream().filter(count -> count.month().equals(month)).findFirst();
    }
}
