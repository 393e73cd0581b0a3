package org.headback.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import org.headback.chart.ChartInput;
import org.headback.diary.DayEntry;
import org.headback.stats.FactorJson;
import org.headback.stats.FactorReport;
import org.headback.stats.FactorSettings;
import org.headback.stats.StatsText;
import org.headback.stats.Thresholds;
import org.headback.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code headback stats factors}: every factor against headache days, same day and next day. */
@Command(name = "factors", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Prints what goes with your headache days.",
            "Back pain, short sleep, high stress and each of your factors, on the same day and on the next. For "
                + "each: the days it is known, the headache rate with and without it, the odds ratio with its 95 %% "
                + "interval, the Fisher p adjusted for the number of factors (Holm), the shift-test p and a verdict."})
final class StatsFactorsCommand extends RangeCommand {
    @Option(names = "--short-sleep-hours", paramLabel = "H", defaultValue = "6",
            description = "Sleep under H hours is short sleep (default ${DEFAULT-VALUE}).")
    double shortSleepHours;
    @Option(names = "--high-stress", paramLabel = "N", defaultValue = "7",
            description = "Stress of at least N is high stress (1–10, default ${DEFAULT-VALUE}).")
    int highStress;
    @Option(names = "--json", description = "One JSON object: recordedDays, sameDay and nextDay.")
    boolean json;

    @Override
    FactorSettings factorSettings(Thresholds thresholds) {
        if (!(shortSleepHours > 0 && shortSleepHours <= 24)) {
            var shown = Double.isFinite(shortSleepHours)
                    ? BigDecimal.valueOf(shortSleepHours).stripTrailingZeros().toPlainString()
                    : Double.toString(shortSleepHours);
            throw new ParameterException(spec.commandLine(), "--short-sleep-hours: " + shown
                    + " is not more than 0 and at most 24 hours");
        }
        if (highStress < 1 || highStress > DayEntry.MAX_SCALE) {
            throw new ParameterException(spec.commandLine(), "--high-stress: " + highStress
                    + " is not between 1 and 10");
        }
        return new FactorSettings(thresholds, shortSleepHours, highStress);
    }

    @Override
    void run(ChartInput input, PrintWriter out) {
        var report = input.factors();
        if (json) {
            out.println(FactorJson.toJson(report));
        } else {
            lines(report, input.range().describe(), out);
        }
    }

    private static void lines(FactorReport report, String range, PrintWriter out) {
        out.println(range + ": " + Words.count("recorded-day", report.recordedDays()) + ".");
        StatsText.factorLines(report).forEach(out::println);
    }
}
