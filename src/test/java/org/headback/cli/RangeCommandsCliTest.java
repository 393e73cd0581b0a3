package org.headback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.headback.testing.TestDays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every command over a range of days says of a range it cannot cover, in the same words, and what the commands
 * that write a file say of a folder that is not there: each leaves no file behind.
 */
class RangeCommandsCliTest extends CliFolders {
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void recordSixtyDays() throws Exception {
        importDays(TestDays.sixtyDaysCsv(today));
    }

    /** The words that run {@code command}, writing to {@code target} when it writes a file, then {@code more}. */
    private static String[] call(String command, Path target, String... more) {
        var args = new ArrayList<>(List.of(command.split(" ")));
        switch (command) {
            case "chart" -> args.addAll(List.of("months", "--out", target.toString()));
            case "report" -> args.addAll(List.of("--out", target.toString()));
            case "diary export" -> args.add(target.toString());
            default -> { }
        }
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private Path target(String command) {
        return files.resolve(switch (command) {
            case "chart" -> "chart.png";
            case "report" -> "report.pdf";
            default -> "diary.csv";
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"chart", "report"})
    void reversedOrEmptyRange_isAClearError_andWritesNothing(String command) throws Exception {
        var target = target(command);
        assertThat(run(call(command, target, "--from", today.toString(), "--to", today.minusDays(5).toString())))
                .isEqualTo(Cli.FAILED);
        assertThat(err).startsWith("headback: The range is reversed");
        assertThat(run(call(command, target, "--from", "2020-01-01", "--to", "2020-02-01"))).isEqualTo(Cli.FAILED);
        assertThat(err).startsWith("headback: No days are recorded from 2020-01-01 to 2020-02-01.");
        assertNothingWritten();
    }

    @ParameterizedTest
    @ValueSource(strings = {"stats", "chart", "report", "diary export", "diary list"})
    void aRangePastTheLastDay_isRefused_inTheSameWords_byEveryCommand(String command) throws Exception {
        var target = target(command);
        var tomorrow = today.plusDays(1).toString();
        assertThat(run(call(command, target, "--from", tomorrow))).isEqualTo(Cli.FAILED);
        assertThat(err.strip()).isEqualTo("headback: The range starts after today (--from " + tomorrow
                + "): no day can be recorded in the future.");
        assertThat(run(call(command, target, "--from", tomorrow, "--to", today.toString()))).isEqualTo(Cli.FAILED);
        assertThat(err.strip()).isEqualTo("headback: The range is reversed: --to " + today + " is before --from "
                + tomorrow + ".");
        assertNothingWritten();
    }

    @ParameterizedTest
    @ValueSource(strings = {"chart", "report"})
    void missingFolder_isAClearError_andWritesNothing(String command) throws Exception {
        var missing = files.resolve("no-such-folder").resolve(target(command).getFileName());
        assertThat(run(call(command, missing))).isEqualTo(Cli.FAILED);
        assertThat(err.strip()).isEqualTo("headback: The folder " + missing.getParent() + " does not exist: " + missing
                + " was not written.");
        assertNothingWritten();
    }
}
