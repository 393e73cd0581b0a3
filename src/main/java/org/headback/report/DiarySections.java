package org.headback.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.headback.clinic.AttackMonth;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.diary.Factor;
import org.headback.diary.FactorHistory;
import org.headback.diary.PreventiveCourse;
import org.headback.text.Dates;
import org.headback.text.Figures;
import org.headback.text.Words;

/**
 * The report's sections on what the diary holds beyond the day's ratings: attacks per month, preventive medicines
 * and the factors ticked most often. Each is left out when the diary holds nothing of it in the range, so an old
 * diary's report has no empty heading.
 */
final class DiarySections {
    /** At most this many factors are listed, those ticked on the most days. */
    static final int MAX_FACTORS = 5;
    static final String NOT_RECORDED = "not recorded";

    private DiarySections() {
    }

    /** Attacks per month of the first page's months; empty when the range has no attack. */
    static Optional<Section> attacks(ReportData data) {
        if (data.days().stream().noneMatch(DayEntry::hasAttacks)) {
            return Optional.empty();
        }
        var blocks = new ArrayList<PageBlock>();
        blocks.add(new PageBlock.Text(Style.HEADING, "Attacks per month"));
        blocks.add(new PageBlock.Text(Style.SMALL, "The months of the first page. The median duration is over the "
                + "attacks whose duration is known; relief is that of acute medication taken for an attack, at two "
                + "hours, counted as helped when it helped a lot or the pain was gone, out of those with a relief "
                + "recorded. Fewer than " + AttackMonth.FEWEST + " give no median or share (“too few”). In a month "
                + "not fully recorded a count is a floor (“at least”)."));
        var months = data.counters().months();
        var first = months.get(0).month().atDay(1);
        var counted = new DateRange(first, data.range().to());
        var rows = AttackMonth.of(counted, data.countedDays()).stream().map(DiarySections::attackRow).toList();
        blocks.add(new PageBlock.Table(List.of("Month", "Attacks", "Median duration",
                "Acute medication helped at 2 hours"), rows, List.of(0.22, 0.18, 0.26, 0.34)));
        blocks.add(new PageBlock.Text(Style.BODY, Words.format("headache-days-without-attacks",
                AttackMonth.headacheDaysWithoutAttacks(data.range(), data.days()))));
        return Optional.of(new Section("attacks", blocks));
    }

    private static List<String> attackRow(AttackMonth month) {
        var name = Dates.ofUser().month(month.month());
        if (!month.recorded()) {
            return List.of(name, NOT_RECORDED, NOT_RECORDED, NOT_RECORDED);
        }
        return List.of(name, attackCount(month), median(month), relief(month));
    }

    private static String attackCount(AttackMonth month) {
        if (month.attacks() == 0) {
            return month.complete() ? "none" : "none recorded";
        }
        var count = Integer.toString(month.attacks());
        return month.complete() ? count : Words.atLeast(month.attacks());
    }

    private static String median(AttackMonth month) {
        if (month.durations().isEmpty()) {
            return month.attacks() == 0 ? "—" : "no duration known";
        }
        return month.medianDuration().map(Figures::duration)
                .orElse("too few (" + month.durations().size() + " known)");
    }

    private static String relief(AttackMonth month) {
        if (month.withRelief() == 0) {
            return month.attacks() == 0 ? "—" : "no relief recorded";
        }
        if (!month.enoughReliefs()) {
            return "too few (" + month.withRelief() + " recorded)";
        }
        return month.helped() + " of " + month.withRelief();
    }

    /** The preventive courses overlapping the range; empty when none does. */
    static Optional<Section> preventives(ReportData data) {
        var range = data.range();
        var courses = data.courses().stream().filter(course -> overlaps(course, range))
                .sorted(Comparator.comparing(PreventiveCourse::start)).toList();
        if (courses.isEmpty()) {
            return Optional.empty();
        }
        var dates = Dates.ofUser();
        var rows = courses.stream().map(course -> List.of(course.medicine(), dates.shown(course.start()),
                course.stop().map(dates::shown).orElse("still taken"))).toList();
        return Optional.of(new Section("preventive medicines", List.of(
                new PageBlock.Text(Style.HEADING, "Preventive medicines"),
                new PageBlock.Text(Style.SMALL, "Medicines taken daily to prevent attacks, over courses that overlap "
                        + "the range; a course may begin before it or end after it."),
                new PageBlock.Table(List.of("Medicine", "Started", "Stopped"), rows, List.of(0.46, 0.27, 0.27)))));
    }

    private static boolean overlaps(PreventiveCourse course, DateRange range) {
        return !course.start().isAfter(range.to()) && course.stop().map(stop -> !stop.isBefore(range.from()))
                .orElse(true);
    }

    /** Up to {@link #MAX_FACTORS} factors ticked on the most days of the range; empty when none was ticked. */
    static Optional<Section> factors(ReportData data) {
        var names = new LinkedHashMap<String, String>();
        data.days().forEach(day -> day.factors().forEach(name -> names.putIfAbsent(Factor.sameIgnoringCase(name),
                name)));
        if (names.isEmpty()) {
            return Optional.empty();
        }
        var ticks = names.values().stream().map(name -> FactorTicks.of(FactorHistory.of(name, data.daysToEnd()),
                data.days())).sorted(FactorTicks.MOST_FIRST).limit(MAX_FACTORS).toList();
        var blocks = new ArrayList<PageBlock>();
        blocks.add(new PageBlock.Text(Style.HEADING, "Factors ticked most often"));
        blocks.add(new PageBlock.Text(Style.SMALL, "Up to " + MAX_FACTORS + " factors, those ticked on the most days "
                + "of the range. A factor is known from the first day it was ever ticked on; recorded days before "
                + "that are left out, never counted as days without it."));
        var rows = ticks.stream().map(tick -> List.of(tick.name(), Words.format("ticked-of-known", tick.ticked(),
                tick.known()), Dates.ofUser().shown(tick.knownFrom()))).toList();
        blocks.add(new PageBlock.Table(List.of("Factor", "In the range", "Known from"), rows,
                List.of(0.36, 0.40, 0.24)));
        return Optional.of(new Section("factors", blocks));
    }

    /** A factor's ticked and known days among the range's recorded days. */
    record FactorTicks(String name, int ticked, int known, LocalDate knownFrom) {
        static final Comparator<FactorTicks> MOST_FIRST = Comparator.comparingInt(FactorTicks::ticked).reversed()
                .thenComparing(FactorTicks::name, String.CASE_INSENSITIVE_ORDER);

        static FactorTicks of(FactorHistory history, List<DayEntry> days) {
            int ticked = 0;
            int known = 0;
            for (var day : days) {
                var on = history.tickedOn(day.date());
                known += on.isPresent() ? 1 : 0;
                ticked += on.orElse(false) ? 1 : 0;
            }
            return new FactorTicks(history.name(), ticked, known, history.knownFrom().orElseThrow());
        }
    }
}
