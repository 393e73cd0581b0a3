package org.headback.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.headback.reminder.ReminderSystem;
import org.headback.storage.DataDirectory;
import picocli.CommandLine;

/**
 * HeadBack's command line. With no command it opens the window; its commands work without any display.
 * Exit codes: 0 done, 1 failed (with a message), 2 wrong command or argument (with usage).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Consumer<Path> windowOpener;
    private final Supplier<ReminderSystem> reminderSystem;

    /**
     * @param windowOpener opens the window on a data folder, and returns when it is closed
     */
    public Cli(PrintWriter out, PrintWriter err, Consumer<Path> windowOpener) {
        this(out, err, windowOpener, ReminderSystem::ofThisSystem);
    }

    /** @param reminderSystem the system the reminder's commands register it with and notify on */
    public Cli(PrintWriter out, PrintWriter err, Consumer<Path> windowOpener,
               Supplier<ReminderSystem> reminderSystem) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.windowOpener = Objects.requireNonNull(windowOpener, "windowOpener");
        this.reminderSystem = Objects.requireNonNull(reminderSystem, "reminderSystem");
    }

    public int run(String... args) {
        var windowOnly = WindowOnly.of(args);
        if (windowOnly.isPresent()) {
            return openWindow(windowOnly.get());
        }
        var commandLine = TypedValues.registerAll(new CommandLine(new HeadBackCommand(windowOpener, reminderSystem)))
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(new FailureHandler())
                .setParameterExceptionHandler(new UsageErrorHandler());
        DiaryAddCommand.readDatesThatLookLikeOptions(commandLine.getSubcommands().get("diary").getSubcommands()
                .get("add"));
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int openWindow(WindowOnly start) {
        try {
            windowOpener.accept(DataDirectory.resolve(start.dataDir()));
            return OK;
        } catch (RuntimeException e) {
            err.println("headback: " + FailureHandler.describe(e));
            return FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
