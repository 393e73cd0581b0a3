package org.headback.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reminder on a real session bus: {@code dbus-run-session} starts a private one (with no service of the
 * machine's on it), {@link BusChild} a notification service of the test's own that counts what it is asked to show.
 * Skipped where {@code dbus-run-session} is not installed.
 */
@EnabledIf("busAvailable")
class ReminderBusTest {
    private static final String RUNNER = "/usr/bin/dbus-run-session";

    @TempDir
    Path folder;

    static boolean busAvailable() {
        return Files.isExecutable(Path.of(RUNNER));
    }

    /** A session bus of its own: no service directories, so no notification service of the machine's starts. */
    private Path busConfig() throws IOException {
        return Files.writeString(folder.resolve("session.conf"), String.join("\n",
                "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"",
                " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">",
                "<busconfig>",
                "  <type>session</type>",
                "  <listen>unix:tmpdir=" + folder + "</listen>",
                "  <auth>EXTERNAL</auth>",
                "  <policy context=\"default\">",
                "    <allow send_destination=\"*\" eavesdrop=\"true\"/>",
                "    <allow eavesdrop=\"true\"/>",
                "    <allow own=\"*\"/>",
                "  </policy>",
                "</busconfig>", ""));
    }

    /** Runs {@link BusChild} on a private bus; what it said, as keys and values (output lines kept in order). */
    private Map<String, String> onBus(String... args) throws Exception {
        var command = new ArrayList<>(List.of(RUNNER, "--config-file=" + busConfig(), "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), BusChild.class.getName()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DBUS_SESSION_BUS_ADDRESS");
        var process = builder.start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
        var said = new HashMap<String, String>();
        said.put("all", output);
        output.lines().filter(line -> line.contains("=")).forEach(line -> said.merge(
                line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1), (a, b) -> a + "\n" + b));
        return said;
    }

    private Path dataDir() throws IOException {
        return Files.createDirectories(folder.resolve("data"));
    }

    @Test
    void check_postsOneNotification_whenTodayIsNotRecorded() throws Exception {
        var said = onBus("check", dataDir().toString(), "yes");
        assertThat(said).as(said.get("all")).containsEntry("exit", "0").containsEntry("notify", "1")
                .containsEntry("summary", Notifier.SUMMARY)
                .containsEntry("actions", "default,Open HeadBack,open,Open HeadBack");
    }

    @Test
    void check_postsNothing_whenTodayIsRecorded() throws Exception {
        var data = dataDir();
        try (var database = Database.open(data)) {
            var clock = Clock.systemDefaultZone();
            var diary = new Diary(new SqliteDiaryStore(database, clock), clock);
            diary.save(DayEntry.on(diary.today()).backPain(2).headache(0).build());
        }
        var said = onBus("check", data.toString(), "yes");
        assertThat(said).as(said.get("all")).containsEntry("exit", "0").containsEntry("notify", "0")
                .containsEntry("output", "Today is recorded: no reminder.");
    }

    @Test
    void check_withoutANotificationService_saysSoOnce_andExitsZero() throws Exception {
        var said = onBus("check", dataDir().toString(), "no");
        assertThat(said).as(said.get("all")).containsEntry("exit", "0");
        assertThat(said.get("output").lines().filter(line -> line.contains("No desktop notification service")))
                .hasSize(1);
    }

    @Test
    void waiting_staysSmall_remindsOnce_opensTodayOnClick_neverLoadsJavaFx_andEndsWhenTurnedOff() throws Exception {
        var now = LocalTime.now();
        assumeTrue(now.isAfter(LocalTime.of(0, 5)) && now.isBefore(LocalTime.of(23, 25)), "not near midnight");
        var said = onBus("wait", dataDir().toString(), folder.resolve("config").toString());
        var all = said.get("all");
        System.out.println("Background reminder while it waits: VmRSS " + said.get("rss-kb") + " kB; a write beside "
                + "it took " + said.get("write-ms") + " ms; it ended " + said.get("stopped-ms") + " ms after off; "
                + said.get("loaded-classes") + " classes loaded");
        assertThat(said).as(all).containsEntry("waiting", "true").containsEntry("notify-while-waiting", "0")
                .containsEntry("shown", "true").containsEntry("front", "TODAY").containsEntry("notify", "1")
                .containsEntry("stopped", "true").containsEntry("second-waiters-ended", "true")
                .containsEntry("javafx-classes", "0");
        assertThat(Long.parseLong(said.get("rss-kb"))).as("resident memory while waiting, kB").isLessThan(60 * 1024);
        assertThat(Long.parseLong(said.get("write-ms"))).as("a write beside the reminder, ms").isLessThan(2000);
        assertThat(folder.resolve("config").resolve("autostart").resolve(AutostartEntry.FILE_NAME)).doesNotExist();
    }
}
