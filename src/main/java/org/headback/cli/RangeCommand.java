package org.headback.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.headback.chart.ChartInput;
import org.headback.diary.Diary;
import org.headback.output.Outputs;
import org.headback.stats.FactorSettings;
import org.headback.stats.Thresholds;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that reports on the diary over a range of days, with thresholds: {@code chart}, {@code stats} and
 * {@code report}.
 */
abstract class RangeCommand implements Callable<Integer> {
    /** The command above: {@code headback}, or {@code stats} for {@code stats factors}. */
    @ParentCommand
    DataFolderCommand parent;

    @Spec
    CommandSpec spec;

    /** Without either end, the range runs from the first to the last recorded day. */
    @Mixin
    RangeOptions range;
    @Mixin
    ThresholdOptions thresholdOptions;

    Clock clock = Clock.systemDefaultZone();

    /** The diary, open while {@link #run} runs, for a command that needs more than the range's severities. */
    Diary diary;
    /** The files the command may write, while {@link #run} runs. */
    Outputs outputs;

    @Override
    public final Integer call() throws Exception {
        var thresholds = thresholdOptions.thresholds(spec);
        try (var session = new DiarySession(parent.dataDirectory(), clock, true)) {
            diary = session.diary();
            outputs = session.outputs();
            var days = ReportRange.resolve(diary, range.from, range.to);
            var input = ChartInput.ofDiary(diary, days, factorSettings(thresholds));
            run(input, spec.commandLine().getOut());
        }
        return Cli.OK;
    }

    /** What makes short sleep and high stress in the factor analysis: the usual cuts, unless the options say. */
    FactorSettings factorSettings(Thresholds thresholds) {
        return FactorSettings.DEFAULT.with(thresholds);
    }

    abstract void run(ChartInput input, PrintWriter out) throws Exception;
}
