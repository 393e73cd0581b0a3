package org.headback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowOnlyTest {
    @TempDir
    Path dataDir;

    @Test
    void noArgumentsOrOnlyADataFolder_isAStartOfTheWindowAlone() {
        assertThat(WindowOnly.of()).contains(new WindowOnly(java.util.Optional.empty()));
        assertThat(WindowOnly.of("--data-dir", "diary")).contains(new WindowOnly(java.util.Optional.of(
                Path.of("diary"))));
        assertThat(WindowOnly.of("--data-dir=diary")).contains(new WindowOnly(java.util.Optional.of(
                Path.of("diary"))));
    }

    @Test
    void anyCommandOrOtherOption_goesThroughTheParser() {
        assertThat(WindowOnly.of("articles")).isEmpty();
        assertThat(WindowOnly.of("--data-dir", "diary", "articles")).isEmpty();
        assertThat(WindowOnly.of("--data-dir", "--help")).isEmpty();
        assertThat(WindowOnly.of("--data-dir")).isEmpty();
        assertThat(WindowOnly.of("--data-dir=")).isEmpty();
        assertThat(WindowOnly.of("--data-dir", " ")).isEmpty();
        assertThat(WindowOnly.of("--version")).isEmpty();
        assertThat(WindowOnly.of("-h")).isEmpty();
        assertThat(WindowOnly.of("--data-dir", "a\0b")).isEmpty();
    }

    @Test
    void theWindowOpensOnTheFolderAsTheParserWouldResolveIt() {
        var opened = new ArrayList<Path>();
        CliRun.of(opened::add, "--data-dir", dataDir.resolve("x").toString());
        CliRun.of(opened::add, "--data-dir=" + dataDir.resolve("./x"));
        assertThat(opened).hasSize(2).containsOnly(dataDir.resolve("x").toAbsolutePath());
    }

    @Test
    void aWindowThatCannotOpen_isOneLineAndExitCodeOne() {
        var run = CliRun.of(dir -> {
            throw new IllegalStateException("The window cannot open here (no display).");
        });
        assertThat(run.code()).isEqualTo(Cli.FAILED);
        assertThat(run.err().strip()).isEqualTo("headback: The window cannot open here (no display).");
        assertThat(List.of(run.err().split("\n"))).hasSize(1);
    }
}
