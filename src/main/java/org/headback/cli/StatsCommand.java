package org.headback.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.headback.chart.ChartInput;
import org.headback.chart.ChartReport;
import org.headback.stats.StatsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code headback stats}: the co-occurrence statistics, in words or as JSON. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {StatsFactorsCommand.class, StatsCompareCommand.class, HelpCommand.class},
        description = {"Prints how often back-pain days and headache days fall together.",
            "It counts the recorded days of the range and gives rates, the odds ratio with its 95 %% interval, and "
                + "the Fisher and shift-test p-values."})
final class StatsCommand extends RangeCommand implements DataFolderCommand {
    @Option(names = "--json", description = "One JSON object, with the statistics' names as keys.")
    boolean json;

    @Override
    public Path dataDirectory() {
        return parent.dataDirectory();
    }

    @Override
    void run(ChartInput input, PrintWriter out) {
        if (json) {
            out.println(StatsJson.toJson(input.stats(), input.range().from(), input.range().to(),
                    input.thresholds()));
        } else {
            ChartReport.lines(input).forEach(out::println);
        }
    }
}
