package org.headback.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.headback.Launcher;
import org.headback.storage.Database;
import org.headback.storage.SqliteSettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reminder's commands in a process of their own, as the login item starts them, where there is no session bus
 * at all (a bare CI machine, a console login): they never load JavaFX, say once that no notification can be shown,
 * exit 0, and leave nothing running. {@link ReminderBusTest} covers a desktop with a notification service.
 */
class ReminderProcessTest {
    @TempDir
    Path dataDir;

    private record Run(int exitCode, String output) {
        long javaFxClasses() {
            return output.lines().filter(line -> line.contains("javafx.")).count();
        }

        long noServiceLines() {
            return output.lines().filter(line -> line.contains("No desktop notification service")).count();
        }
    }

    private Run launch(String... args) throws Exception {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--data-dir", dataDir.toString(), "reminder"));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        // No bus to reach: also on a developer's desktop, the test shows nothing on it.
        builder.environment().put("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dataDir.resolve("no-bus"));
        var process = builder.start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void check_withoutABus_saysSoOnce_exitsZero_andNeverLoadsJavaFx() throws Exception {
        var run = launch("check");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.noServiceLines()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("Today is not recorded, but no notification can be shown here.");
        assertThat(run.javaFxClasses()).isZero();
    }

    @Test
    void waiting_withoutABus_endsAtOnce_saysSoOnce_andNeverLoadsJavaFx() throws Exception {
        try (var database = Database.open(dataDir)) {
            new SqliteSettingsStore(database).putAll(new ReminderSettings(true, LocalTime.of(23, 59)).toMap());
        }
        var run = launch("wait", "--look-every", "1");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.noServiceLines()).as(run.output()).isEqualTo(1);
        assertThat(run.javaFxClasses()).isZero();
    }
}
