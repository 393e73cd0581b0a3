package org.headback.reminder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.headback.Launcher;

/**
 * Runs inside {@code dbus-run-session}, on a private session bus: starts the fake notification service (or none),
 * then the reminder as a user's system would, and prints what it saw as {@code key=value} lines for
 * {@link ReminderBusTest}.
 *
 * <p>{@code check DATADIR yes|no}: {@code reminder check} in a process of its own. {@code wait DATADIR CONFIGHOME}:
 * the reminder turned on for later, its background process measured as it waits, then turned on for a minute ago,
 * its notification clicked with a window open on the data folder, then turned off.
 */
public final class BusChild {
    private BusChild() {
    }

    public static void main(String[] args) throws Exception {
        var dataDir = Path.of(args[1]);
        if (args[0].equals("check")) {
            check(dataDir, args[2].equals("yes"));
        } else {
            new WaitScenario(dataDir, Path.of(args[2])).run();
        }
        System.out.flush();
        System.exit(0);
    }

    private static void check(Path dataDir, boolean service) throws Exception {
        var fake = service ? FakeNotifications.register() : null;
        var run = new ProcessBuilder(javaCommand(List.of(), "--data-dir", dataDir.toString(), "reminder", "check"))
                .redirectErrorStream(true).start();
        var output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println("exit=" + run.waitFor());
        output.lines().forEach(line -> System.out.println("output=" + line));
        if (fake != null) {
            System.out.println("notify=" + fake.posted.get());
            System.out.println("summary=" + fake.summary);
            System.out.println("actions=" + String.join(",", fake.actions));
            fake.close();
        }
    }

    /** {@code java} on this class path, with {@code options}, running HeadBack with {@code args}. */
    static List<String> javaCommand(List<String> options, String... args) {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    static boolean waitFor(BooleanSupplier condition, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }
}
