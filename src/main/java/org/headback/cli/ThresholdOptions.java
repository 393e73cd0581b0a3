package org.headback.cli;

import org.headback.stats.Thresholds;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --back-threshold N --headache-threshold N}, shared by the commands that count pain days. */
final class ThresholdOptions {
    @Option(names = "--back-threshold", paramLabel = "N", defaultValue = "1",
            description = "Back pain of at least N makes a back-pain day (1–10, default ${DEFAULT-VALUE}).")
    int backThreshold;
    @Option(names = "--headache-threshold", paramLabel = "N", defaultValue = "1",
            description = "A headache of at least N makes a headache day (1–10, default ${DEFAULT-VALUE}).")
    int headacheThreshold;

    /** The thresholds; out of range, a usage error of the command. */
    Thresholds thresholds(CommandSpec spec) {
        try {
            return new Thresholds(backThreshold, headacheThreshold);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
