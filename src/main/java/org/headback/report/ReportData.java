package org.headback.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.headback.chart.BeforeAfterInput;
import org.headback.chart.ChartInput;
import org.headback.clinic.ClinicalCounters;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.diary.Factor;
import org.headback.diary.Diary;
import org.headback.diary.PreventiveCourse;
import org.headback.diary.WarningSignDay;
import org.headback.diary.WarningSigns;
import org.headback.stats.FactorSettings;
import org.headback.stats.Thresholds;

/**
 * What a report is made from: the range, the diary's recorded days in it, the thresholds, the statistics over those
 * days, the clinical counters and the warning-sign days (all computed once, here), and the day it was made.
 */
public final class ReportData {
    /** The counters cover at most this many calendar months: the last of the range. */
    static final int COUNTED_MONTHS = ClinicalCounters.DEFAULT_MONTHS;

    private final List<DayEntry> days;
    private final ChartInput input;
    private final LocalDate made;
    private final ClinicalCounters counters;
    private final List<WarningSignDay> warningDays;
    private final List<DayEntry> countedDays;
    private final ReportPerson person;
    private final Beyond beyond;

    /**
     * What the report reads beyond the range's days: the days up to its end for the factors' histories, and the
     * preventive courses, and the two ranges the user chose to compare, if any.
     */
    private record Beyond(List<DayEntry> daysToEnd, List<PreventiveCourse> courses,
                          Optional<BeforeAfterInput> beforeAfter) {
        Beyond {
            daysToEnd = List.copyOf(daysToEnd);
            courses = List.copyOf(courses);
            Objects.requireNonNull(beforeAfter, "beforeAfter");
        }
    }

    private ReportData(List<DayEntry> days, ChartInput input, LocalDate made, ClinicalCounters counters,
                       List<DayEntry> countedDays, ReportPerson person, Beyond beyond) {
        this.days = days;
        this.input = input;
        this.made = made;
        this.counters = counters;
        this.warningDays = WarningSigns.days(days, input.range().from(), input.range().to());
        this.countedDays = countedDays;
        this.person = Objects.requireNonNull(person, "person");
        this.beyond = beyond;
    }

    /**
     * The report over {@code range}, from the diary: the figures, charts, warning-sign days and worst days over every
     * recorded day of the range, and the counters over the whole calendar months they count (see
     * {@link #countedFrom}), the factors by the diary's days since it began (a factor is known from its first tick,
     * however long before the range), and the preventive courses. Throws IllegalArgumentException when no day in
     * the range is recorded.
     */
    public static ReportData read(Diary diary, DateRange range, Thresholds thresholds) {
        return read(diary, range, thresholds, ReportPerson.NONE);
    }

    /** The report over {@code range} (see {@link #read(Diary, DateRange, Thresholds)}), about {@code person}. */
    public static ReportData read(Diary diary, DateRange range, Thresholds thresholds, ReportPerson person) {
        return of(range, diary.between(DayEntry.EARLIEST, range.to()), thresholds, diary.today(), person)
                .withCourses(diary.courses()).withFactors(diary.factors());
    }

    /** The same report, with the user's factors analysed beside back pain, short sleep and high stress. */
    public ReportData withFactors(List<Factor> factors) {
        var analysed = ChartInput.ofDiary(input.range(), beyond.daysToEnd(), factors,
                FactorSettings.DEFAULT.with(input.thresholds())).withCourses(input.courses());
        return new ReportData(days, analysed, made, counters, countedDays, person, beyond);
    }

    /** The same report, with a page comparing the two ranges the user chose. */
    public ReportData withBeforeAfter(BeforeAfterInput compared) {
        return new ReportData(days, input, made, counters, countedDays, person, new Beyond(beyond.daysToEnd(),
                beyond.courses(), Optional.of(compared)));
    }

    /** The two ranges the user chose to compare, when they did. */
    public Optional<BeforeAfterInput> beforeAfter() {
        return beyond.beforeAfter();
    }

    /** The same report, with these preventive courses (those overlapping the range are shown). */
    public ReportData withCourses(List<PreventiveCourse> taken) {
        return new ReportData(days, input.withCourses(taken), made, counters, countedDays, person,
                new Beyond(beyond.daysToEnd(), taken, beyond.beforeAfter()));
    }

    /**
     * The report over {@code range}. Days outside it are left out, except that the counters count whole calendar
     * months: give the days from {@link #countedFrom} on for them to be complete ({@link #read} does), and a factor is
     * known from its first tick among the days given (give earlier days too for that). Throws
     * IllegalArgumentException when no day in the range is recorded, since such a report would say nothing.
     */
    public static ReportData of(DateRange range, List<DayEntry> days, Thresholds thresholds, LocalDate made) {
        return of(range, days, thresholds, made, ReportPerson.NONE);
    }

    /** The report over {@code range} (see {@link #of(DateRange, List, Thresholds, LocalDate)}), about a person. */
    public static ReportData of(DateRange range, List<DayEntry> days, Thresholds thresholds, LocalDate made,
                                ReportPerson person) {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(made, "made");
        var inRange = days.stream().filter(day -> range.contains(day.date())).toList();
        if (inRange.isEmpty()) {
            throw new IllegalArgumentException("No days are recorded from " + range.from() + " to " + range.to()
                    + ".");
        }
        var latest = Diary.latestDay(made, inRange.stream().map(DayEntry::date).max(LocalDate::compareTo));
        var end = range.to().isAfter(latest) ? latest : range.to();
        var from = countedFrom(range);
        var counted = days.stream().filter(day -> !day.date().isBefore(from) && !day.date().isAfter(end)).toList();
        var counters = ClinicalCounters.of(counted, end, YearMonth.from(from), YearMonth.from(end));
        return new ReportData(inRange, ChartInput.ofDiary(range, inRange, thresholds), made, counters,
                counted, person, new Beyond(days.stream().filter(day -> !day.date().isAfter(range.to())).toList(),
                List.of(), Optional.empty()));
    }

    /**
     * The first day the counters count: the first of the range's first month, or of the month 11 months before its
     * last, whichever is later. It can be later than the range's first day: the counters show at most the last 12
     * months of a longer range (and the report says so), while every other figure covers the whole range.
     */
    static LocalDate countedFrom(DateRange range) {
        var first = YearMonth.from(range.from());
        var earliest = YearMonth.from(range.to()).minusMonths(COUNTED_MONTHS - 1L);
        return (first.isBefore(earliest) ? earliest : first).atDay(1);
    }

    public DateRange range() {
        return input.range();
    }

    /** The recorded days of the range, in date order. */
    public List<DayEntry> days() {
        return days;
    }

    /** The severities, thresholds and statistics that the charts and figures are drawn from. */
    public ChartInput input() {
        return input;
    }

    public Thresholds thresholds() {
        return input.thresholds();
    }

    public LocalDate made() {
        return made;
    }

    /** Headache, migraine and acute-medication days per calendar month, up to the range's last day. */
    public ClinicalCounters counters() {
        return counters;
    }

    /** The recorded days the counters count: those of their whole calendar months, up to the range's last day. */
    List<DayEntry> countedDays() {
        return countedDays;
    }

    /** Whom the report is about; {@link ReportPerson#NONE} when no name or date of birth was given. */
    public ReportPerson person() {
        return person;
    }

    /** The recorded days given, up to the range's last day: a factor's history is read from them. */
    List<DayEntry> daysToEnd() {
        return beyond.daysToEnd();
    }

    /** The preventive courses given, whether or not they overlap the range. */
    List<PreventiveCourse> courses() {
        return beyond.courses();
    }

    /** The recorded days of the range with a warning sign ticked, in date order. */
    public List<WarningSignDay> warningDays() {
        return warningDays;
    }
}
