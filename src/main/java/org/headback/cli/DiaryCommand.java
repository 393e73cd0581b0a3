package org.headback.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code headback diary}: the diary's commands. */
@Command(name = "diary", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Adds, imports, exports and lists the days of your diary.",
        subcommands = {DiaryAddCommand.class, DiaryImportCommand.class, DiaryExportCommand.class,
            DiaryListCommand.class, HelpCommand.class})
final class DiaryCommand implements Runnable, DiaryGroup {
    @ParentCommand
    HeadBackCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Path dataDirectory() {
        return parent.dataDirectory();
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Which diary command? add, import, export or list.");
    }
}
