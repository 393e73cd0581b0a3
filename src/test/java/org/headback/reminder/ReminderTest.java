package org.headback.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headback.storage.Database;
import org.headback.storage.InstanceLock;
import org.headback.storage.SqliteSettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Turning the reminder on and off: the settings, the login item, and the background reminder started once. */
class ReminderTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path config;

    private final List<List<String>> started = new ArrayList<>();

    private Reminder reminder(Database database) {
        var item = LoginItem.forSystem("Linux", Map.of("XDG_CONFIG_HOME", config.toString()), config);
        return new Reminder(new SqliteSettingsStore(database), dataDir,
                new ReminderSystem(item, new Launch(Path.of("/usr/bin/java"), "/opt/headback.jar", Optional
                        .empty()), started::add, () -> {
                            throw new AssertionError("no notification here");
                        }));
    }

    @Test
    void nothingIsRegistered_untilTurnedOn() {
        try (var database = Database.open(dataDir)) {
            var status = reminder(database).status();
            assertThat(status.settings()).isEqualTo(ReminderSettings.DEFAULTS);
            assertThat(status.registered()).isFalse();
            assertThat(config.resolve("autostart")).doesNotExist();
            assertThat(started).isEmpty();
        }
    }

    @Test
    void turnOn_registersTheWaitingCommand_andStartsIt_unlessOneWaitsAlready() throws Exception {
        try (var database = Database.open(dataDir)) {
            var status = reminder(database).turnOn(LocalTime.of(19, 45));
            assertThat(status.settings()).isEqualTo(new ReminderSettings(true, LocalTime.of(19, 45)));
            assertThat(status.registered()).isTrue();
            var expected = new Launch(Path.of("/usr/bin/java"), "/opt/headback.jar", Optional.empty())
                    .waiting(dataDir);
            assertThat(started).containsExactly(expected);
            assertThat(DesktopExec.split(Files.readAllLines(status.loginItem()).stream()
                    .filter(line -> line.startsWith("Exec=")).findFirst().orElseThrow().substring(5)))
                    .isEqualTo(expected);
            try (var waiting = InstanceLock.tryAcquireForReminder(dataDir).orElseThrow()) {
                reminder(database).turnOn(LocalTime.of(21, 0));
            }
            assertThat(started).as("the waiting reminder takes the new time itself").hasSize(1);
            assertThat(reminder(database).status().settings().at()).isEqualTo(LocalTime.of(21, 0));
        }
    }

    @Test
    void turnOff_forgetsTheChoice_andRemovesTheItem_keepingTheTime() {
        try (var database = Database.open(dataDir)) {
            reminder(database).turnOn(LocalTime.of(22, 0));
            var status = reminder(database).turnOff();
            assertThat(status.settings()).isEqualTo(new ReminderSettings(false, LocalTime.of(22, 0)));
            assertThat(status.registered()).isFalse();
            assertThat(status.loginItem()).doesNotExist();
        }
    }

    @Test
    void anotherFoldersReminder_isNotTakenForThisOnes_andTurningThisOneOffKeepsIt(@TempDir Path otherDir) {
        try (var database = Database.open(dataDir); var other = Database.open(otherDir)) {
            reminder(database).turnOn(LocalTime.of(21, 0));
            var otherReminder = new Reminder(new SqliteSettingsStore(other), otherDir, new ReminderSystem(
                    LoginItem.forSystem("Linux", Map.of("XDG_CONFIG_HOME", config.toString()), config),
                    new Launch(Path.of("/usr/bin/java"), "/opt/headback.jar", Optional.empty()), started::add,
                    () -> {
                        throw new AssertionError("no notification here");
                    }));
            otherReminder.turnOn(LocalTime.of(7, 0));

            var status = reminder(database).status();
            assertThat(status.registered()).isFalse();
            assertThat(status.another()).isTrue();
            assertThat(status.describe()).contains("nothing starts it when you log in", "another data folder");

            reminder(database).turnOff();
            assertThat(otherReminder.status().registered()).as("the other folder's item is kept").isTrue();
        }
    }

    @Test
    void theWaitingCommand_isSmall_andTheWindowsCommand_isThePackagedLauncherWhenThereIsOne() {
        var jar = new Launch(Path.of("/jdk/bin/java"), "/a/headback.jar", Optional.empty());
        assertThat(jar.waiting(dataDir)).startsWith("/jdk/bin/java").contains("-Xint", "-Xmx16m", "-XX:+UseSerialGC")
                .endsWith("-cp", "/a/headback.jar", "org.headback.Launcher", "--data-dir", dataDir.toString(),
                        "reminder", "wait");
        assertThat(jar.window(dataDir)).containsExactly("/jdk/bin/java", "-cp", "/a/headback.jar",
                "org.headback.Launcher", "--data-dir", dataDir.toString());
        var packaged = new Launch(Path.of("/opt/headback/lib/runtime/bin/java"), "/opt/headback/lib/app/a.jar",
                Optional.of("/opt/headback/bin/HeadBack"));
        assertThat(packaged.window(dataDir)).containsExactly("/opt/headback/bin/HeadBack", "--data-dir",
                dataDir.toString());
        assertThat(packaged.waiting(dataDir)).contains("-Djpackage.app-path=/opt/headback/bin/HeadBack");
        assertThat(packaged.waiting(dataDir)).noneMatch(argument -> argument.startsWith("-Dorg.sqlite"));
        var withItsLibrary = new Launch(packaged.java(), packaged.classPath(), packaged.appLauncher(),
                Optional.of("/opt/headback/lib/app/native"));
        assertThat(withItsLibrary.waiting(dataDir)).contains("-Dorg.sqlite.lib.path=/opt/headback/lib/app/native");
        assertThat(Launch.absolute("target/classes" + File.pathSeparator + "/x.jar"))
                .isEqualTo(Path.of("target/classes").toAbsolutePath() + File.pathSeparator + "/x.jar");
    }

    @Test
    void settings_readWhatTheyWrote_andTakeDefaultsForWhatTheyCannotRead() {
        var settings = new ReminderSettings(true, LocalTime.of(6, 5));
        assertThat(ReminderSettings.fromMap(settings.toMap())).isEqualTo(settings);
        assertThat(settings.toMap()).containsEntry("reminder.at", "06:05");
        assertThat(ReminderSettings.fromMap(Map.of("reminder.on", "yes", "reminder.at", "8pm")))
                .isEqualTo(ReminderSettings.DEFAULTS);
        assertThat(ReminderSettings.time(" 7:30 ")).contains(LocalTime.of(7, 30));
        assertThat(ReminderSettings.time("24:00")).isEmpty();
        assertThat(ReminderSettings.time("12:5")).isEmpty();
    }
}
