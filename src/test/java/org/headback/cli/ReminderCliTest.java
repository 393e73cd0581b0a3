package org.headback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.reminder.LoginItem;
import org.headback.reminder.ReminderSystem;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.storage.SqliteSettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code headback reminder on|off|status|check} as a user types them, registering the reminder in a configuration
 * folder of the test's own; what would be started in the background is only counted.
 */
class ReminderCliTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path config;

    private final List<List<String>> started = new ArrayList<>();
    private String out;
    private String err;

    private Path entry() {
        return config.resolve("autostart").resolve("headback-reminder.desktop");
    }

    private int run(String... args) {
        var system = ReminderSystem.with(LoginItem.forSystem("Linux", Map.of("XDG_CONFIG_HOME", config.toString()),
                config), started::add);
        var all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "reminder"));
        all.addAll(List.of(args));
        var outText = new StringWriter();
        var errText = new StringWriter();
        int code = new Cli(new PrintWriter(outText), new PrintWriter(errText), dir -> { }, () -> system)
                .run(all.toArray(String[]::new));
        out = outText.toString();
        err = errText.toString();
        return code;
    }

    private Map<String, String> settings() {
        try (var database = Database.open(dataDir)) {
            return new SqliteSettingsStore(database).all();
        }
    }

    @Test
    void status_isOff_untilTurnedOn_andNothingIsRegistered() {
        assertThat(run("status")).isEqualTo(Cli.OK);
        assertThat(out).isEqualTo("The reminder is off." + System.lineSeparator());
        assertThat(entry()).doesNotExist();
        assertThat(started).isEmpty();
    }

    @Test
    void on_registersTheAutostartEntry_remembersTheTime_andStartsTheReminderNow() throws Exception {
        assertThat(run("on", "--at", "21:15")).as(err).isEqualTo(Cli.OK);
        assertThat(out).contains("The reminder is on: at 21:15", entry().toString());
        assertThat(Files.readString(entry())).contains("reminder wait", "--data-dir " + dataDir);
        assertThat(settings()).containsEntry("reminder.on", "true").containsEntry("reminder.at", "21:15");
        assertThat(started).hasSize(1);
        assertThat(started.get(0)).endsWith("--data-dir", dataDir.toString(), "reminder", "wait")
                .contains("-Xmx16m", "-XX:+UseSerialGC");

        assertThat(run("status")).isEqualTo(Cli.OK);
        assertThat(out).startsWith("The reminder is on: at 21:15, if today is not recorded by then.");
    }

    @Test
    void on_withoutATime_keepsTheTimeChosenLast_else8pm() {
        assertThat(run("on")).isEqualTo(Cli.OK);
        assertThat(settings()).containsEntry("reminder.at", "20:00");
        run("on", "--at", "7:05");
        run("off");
        assertThat(run("on")).isEqualTo(Cli.OK);
        assertThat(settings()).containsEntry("reminder.at", "07:05");
    }

    @Test
    void off_removesTheEntry_andRemembersOff() {
        run("on", "--at", "20:30");
        assertThat(run("off")).isEqualTo(Cli.OK);
        assertThat(out).startsWith("The reminder is off.");
        assertThat(entry()).doesNotExist();
        assertThat(settings()).containsEntry("reminder.on", "false").containsEntry("reminder.at", "20:30");
        assertThat(run("status")).isEqualTo(Cli.OK);
        assertThat(out).startsWith("The reminder is off.");
    }

    @Test
    void status_saysSo_whenTheEntryWasRemovedByHand() throws Exception {
        run("on");
        Files.delete(entry());
        run("status");
        assertThat(out).contains("nothing starts it when you log in", "is missing");
    }

    @Test
    void aTimeThatIsNone_isAUsageError_namingTheOption() {
        for (var bad : List.of("25:00", "8pm", "20:60", "20")) {
            assertThat(run("on", "--at", bad)).as(bad).isEqualTo(Cli.USAGE);
            assertThat(err).startsWith("headback: --at: " + bad + " is not a time of day in the form HH:MM, from "
                    + "00:00 to 23:59 (8 pm is 20:00)");
        }
        assertThat(entry()).doesNotExist();
        assertThat(started).isEmpty();
    }

    @Test
    void noSubcommand_namesTheOnesThereAre_butNotTheHiddenWait() {
        assertThat(run()).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: Which reminder command? on, off, status or check.");
        assertThat(run("--help")).isEqualTo(Cli.OK);
        assertThat(out).contains("  check ").doesNotContain("  wait ");
    }

    @Test
    void check_doesNothing_whenTodayIsRecorded() {
        try (var database = Database.open(dataDir)) {
            var clock = Clock.systemDefaultZone();
            var diary = new Diary(new SqliteDiaryStore(database, clock), clock);
            diary.save(DayEntry.on(diary.today()).backPain(3).headache(1).build());
        }
        assertThat(run("check")).isEqualTo(Cli.OK);
        assertThat(out).isEqualTo("Today is recorded: no reminder." + System.lineSeparator());
        assertThat(err).isEmpty();
    }

    @Test
    void wait_endsAtOnce_whenTheReminderIsOff() {
        assertThat(run("wait")).isEqualTo(Cli.OK);
        assertThat(out).isEmpty();
        assertThat(dataDir.resolve("reminder.lock")).doesNotExist();
    }
}
