package org.headback.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.headback.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program's entry point as a packaged launcher or {@code java -jar} starts it: in a process of its own. */
class LauncherProcessTest {
    @TempDir
    Path dataDir;

    private record Run(int exitCode, String output) {
    }

    private static Run launch(String... args) throws Exception {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void help_runsWithoutStartingJavaFx() throws Exception {
        var run = launch("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("Usage: headback");
        assertThat(run.output().lines().filter(line -> line.contains("javafx.")))
                .as("JavaFX classes loaded").isEmpty();
    }

    @Test
    void commands_workHeadless_andNeverLoadJavaFx() throws Exception {
        var run = launch("--data-dir", dataDir.toString(), "articles");
        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("can-back-pain-cause-migraines\tCan Back Pain Cause Migraines\t");
        assertThat(run.output().lines().filter(line -> line.contains("javafx."))).isEmpty();
    }

    @Test
    void report_isWrittenHeadless_withoutJavaFx() throws Exception {
        var yesterday = LocalDate.now().minusDays(1).toString();
        assertThat(launch("--data-dir", dataDir.toString(), "diary", "add", yesterday, "--back-pain", "4",
                "--headache", "6").exitCode()).isZero();
        var pdf = dataDir.resolve("report.pdf");
        var run = launch("--data-dir", dataDir.toString(), "report", "--out", pdf.toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(pdf).isNotEmptyFile();
        assertThat(run.output().lines().filter(line -> line.contains("javafx."))).isEmpty();
    }

    @Test
    void wrongCommand_exitsTwo() throws Exception {
        assertThat(launch("--data-dir", dataDir.toString(), "nonsense").exitCode()).isEqualTo(2);
    }
}
