package org.headback.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.headback.chart.DiaryPeriods;
import org.headback.diary.DateRange;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.stats.CompareJson;
import org.headback.stats.StatsText;
import org.headback.stats.Thresholds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code headback stats compare --before FROM TO --after FROM TO}: has anything changed between two ranges? */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compares two ranges of days, before and after.",
            "Headache, migraine, acute-medication and back-pain days per 30 recorded days in each, the change with "
                + "its 95 %% interval, and a p-value. Both ranges need at least 14 recorded days."})
final class StatsCompareCommand implements Callable<Integer> {
    @ParentCommand
    DataFolderCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--before", arity = "2", paramLabel = "DATE", required = true,
            description = "The first and last day of the range before, yyyy-MM-dd.")
    List<LocalDate> before;
    @Option(names = "--after", arity = "2", paramLabel = "DATE", required = true,
            description = "The first and last day of the range after, yyyy-MM-dd.")
    List<LocalDate> after;
    @Mixin
    ThresholdOptions thresholdOptions;
    @Option(names = "--json", description = "One JSON object: before, after, enoughData, reason and measures.")
    boolean json;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws Exception {
        Thresholds thresholds = thresholdOptions.thresholds(spec);
        try (var session = new DiarySession(parent.dataDirectory(), clock, true)) {
            var diary = session.diary();
            var first = range(diary, "--before", before);
            var second = range(diary, "--after", after);
            if (first.overlaps(second)) {
                throw new IllegalArgumentException("The ranges overlap: --before " + first.from() + " " + first.to()
                        + " and --after " + second.from() + " " + second.to() + " share days; compare two ranges "
                        + "that do not.");
            }
            var days = diary.between(DayEntry.EARLIEST, first.to().isAfter(second.to()) ? first.to() : second.to());
            var comparison = DiaryPeriods.compare(first, second, days, thresholds);
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(CompareJson.toJson(comparison, new LocalDate[] {first.from(), first.to()},
                        new LocalDate[] {second.from(), second.to()}));
                return Cli.OK;
            }
            out.println("Before: " + first.describe() + "; after: " + second.describe() + ".");
            comparison.reason().ifPresent(out::println);
            comparison.changes().forEach(change -> out.println(StatsText.compareLine(change)));
            out.println(StatsText.COMPARE_CAUTION);
        }
        return Cli.OK;
    }

    /** The range of an option, checked by the one range check, its end cut at the last day a range can reach. */
    private DateRange range(Diary diary, String option, List<LocalDate> ends) {
        if (ends.size() != 2) {
            throw new ParameterException(spec.commandLine(), option + ": give it once, with its first and last day");
        }
        var named = new DateRange.Ends("the first day of " + option, "the last day of " + option,
                LocalDate::toString, true);
        DateRange.problem(ends.get(0), ends.get(1), diary.latestDay(), diary.today(), named).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return DateRange.recordable(ends.get(0), ends.get(1), diary.latestDay()).orElseThrow();
    }
}
