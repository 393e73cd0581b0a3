package org.headback.reminder;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.headback.cli.Cli;
import org.headback.storage.Database;
import org.headback.storage.FrontRequests;
import org.headback.storage.InstanceLock;
import org.headback.storage.SqliteSettingsStore;

/**
 * The background reminder's day, on the private bus of {@link BusChild}: turned on for later, it waits (its memory
 * measured, a write beside it timed); turned on for a minute ago, it shows one notification, whose click brings the
 * open window to today; turned off, it ends. Its class loading is logged, to show that JavaFX never loads.
 */
final class WaitScenario {
    private final Path dataDir;
    private final Path configHome;
    private final Path classes;
    private final List<Process> started = new ArrayList<>();

    WaitScenario(Path dataDir, Path configHome) {
        this.dataDir = dataDir;
        this.configHome = configHome;
        this.classes = dataDir.resolveSibling("classes.log");
    }

    void run() throws Exception {
        var now = LocalTime.now();
        var fake = FakeNotifications.register();
        var front = new AtomicReference<FrontRequests.Request>();
        try (var window = InstanceLock.tryAcquire(dataDir).orElseThrow();
             var requests = FrontRequests.watchRequests(dataDir, front::set)) {
            reminder("on", "--at", ReminderSettings.shown(now.plusMinutes(30)));
            var pid = waiterPid();
            say("waiting=" + pid.isPresent());
            Thread.sleep(4000);
            say("rss-kb=" + peakRss(pid.orElseThrow()));
            say("write-ms=" + timedWrite());
            say("notify-while-waiting=" + fake.posted.get());
            reminder("on", "--at", ReminderSettings.shown(now.minusMinutes(1)));
            say("shown=" + BusChild.waitFor(() -> fake.posted.get() > 0, 30));
            fake.click();
            say("front=" + (BusChild.waitFor(() -> front.get() != null, 15) ? front.get() : "none"));
            Thread.sleep(3000);
            say("notify=" + fake.posted.get());
            long off = System.nanoTime();
            reminder("off");
            var waiter = ProcessHandle.of(pid.get());
            say("stopped=" + BusChild.waitFor(() -> waiter.map(p -> !p.isAlive()).orElse(true), 15));
            say("stopped-ms=" + (System.nanoTime() - off) / 1_000_000);
            say("second-waiters-ended=" + started.stream().skip(1).noneMatch(Process::isAlive));
        } finally {
            started.forEach(Process::destroy);
            fake.close();
        }
        say("javafx-classes=" + Files.readAllLines(classes, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("javafx.")).count());
        say("loaded-classes=" + Files.readAllLines(classes, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("[class,load]") || line.contains("[info][class,load]")).count());
    }

    /** {@code reminder ...} on the data folder, in this process, with the login item under the config folder. */
    private void reminder(String... args) {
        var system = new ReminderSystem(LoginItem.forSystem("Linux", Map.of("XDG_CONFIG_HOME", configHome.toString()),
                configHome), Launch.ofThisProgram(), this::startLogged, Notifiers::forThisSystem);
        var all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "reminder"));
        all.addAll(List.of(args));
        var out = new PrintWriter(System.out, true);
        int code = new Cli(out, out, path -> { }, () -> system).run(all.toArray(String[]::new));
        say("reminder-" + args[0] + "=" + code);
    }

    /** Starts the background reminder as the login item would, looking every second and logging its classes. */
    private void startLogged(List<String> command) throws IOException {
        var logged = new ArrayList<>(command);
        logged.add(1, "-Xlog:class+load=info:file=" + classes + (started.isEmpty() ? "" : ".again"));
        logged.addAll(List.of("--look-every", "1"));
        started.add(new ProcessBuilder(logged).redirectErrorStream(true)
                .redirectOutput(dataDir.resolveSibling("waiter-" + started.size() + ".log").toFile()).start());
    }

    private Optional<Long> waiterPid() throws InterruptedException {
        var lock = dataDir.resolve(InstanceLock.REMINDER_FILE_NAME);
        BusChild.waitFor(() -> readPid(lock).isPresent(), 20);
        return readPid(lock);
    }

    private static Optional<Long> readPid(Path lock) {
        try {
            var text = Files.readString(lock).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The highest resident memory of the process over two seconds, in kB, from {@code /proc}. */
    private static long peakRss(long pid) throws Exception {
        long peak = 0;
        for (int i = 0; i < 10; i++) {
            for (var line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    peak = Math.max(peak, Long.parseLong(line.replaceAll("\\D", "")));
                }
            }
            Thread.sleep(200);
        }
        return peak;
    }

    /** A write of the window's kind beside the waiting reminder: how long it took, in milliseconds. */
    private long timedWrite() {
        long start = System.nanoTime();
        try (var database = Database.open(dataDir)) {
            new SqliteSettingsStore(database).putAll(Map.of("ui.fontStep", "3"));
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
