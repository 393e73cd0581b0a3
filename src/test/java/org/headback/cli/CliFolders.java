package org.headback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The setup the command-line tests share: a fresh data folder, a folder for the user's own files, and a run of the
 * command line on that data folder whose output and errors the test reads.
 */
abstract class CliFolders {
    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    String out;
    String err;

    /** Runs {@code headback --data-dir DATADIR args}, keeps what it printed, and returns its exit code. */
    int run(String... args) {
        var result = CliRun.in(dataDir, args);
        out = result.out();
        err = result.err();
        return result.code();
    }

    /** Writes {@code csv} to {@code days.csv} among the user's files and imports it, which must succeed. */
    void importDays(String csv) throws Exception {
        var file = Files.writeString(files.resolve("days.csv"), csv, StandardCharsets.UTF_8);
        assertThat(run("diary", "import", file.toString())).isEqualTo(Cli.OK);
    }

    /** Nothing but the imported {@code days.csv} is among the user's files: no output, whole or partial. */
    void assertNothingWritten() throws Exception {
        try (var listing = Files.list(files)) {
            assertThat(listing).allMatch(path -> path.getFileName().toString().equals("days.csv"));
        }
    }
}
