package org.headback.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.headback.reminder.ReminderSystem;
import org.headback.storage.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code headback}: with no command, opens the window. */
@Command(name = "headback", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Articles about back pain and headaches, and a private diary of both.",
            "With no command, opens the window."},
        subcommands = {ArticlesCommand.class, ArticleCommand.class, AddArticleCommand.class,
            RemoveArticleCommand.class, DiaryCommand.class, FactorsCommand.class, MedicinesCommand.class,
            StatsCommand.class, ChartCommand.class, ReportCommand.class, ReminderCommand.class, HelpCommand.class},
        footer = {"", "All data stays in the data folder: --data-dir if given, else $" + DataDirectory.ENV_VARIABLE
                + ",", "else the platform's user data folder (on Linux ~/.local/share/headback)."})
final class HeadBackCommand implements Callable<Integer>, DataFolderCommand {
    private final Consumer<Path> windowOpener;
    private final Supplier<ReminderSystem> reminderSystem;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The folder for all your data (default: the platform's user data folder).")
    Path dataDir;

    HeadBackCommand(Consumer<Path> windowOpener) {
        this(windowOpener, ReminderSystem::ofThisSystem);
    }

    /** @param reminderSystem what the reminder's commands need of the system: login item, runtime, notifications */
    HeadBackCommand(Consumer<Path> windowOpener, Supplier<ReminderSystem> reminderSystem) {
        this.windowOpener = windowOpener;
        this.reminderSystem = reminderSystem;
    }

    ReminderSystem reminderSystem() {
        return reminderSystem.get();
    }

    /** The data folder these options choose. */
    @Override
    public Path dataDirectory() {
        return DataDirectory.resolve(Optional.ofNullable(dataDir));
    }

    @Override
    public Integer call() {
        windowOpener.accept(dataDirectory());
        return Cli.OK;
    }
}
