package org.headback.cli;

import picocli.CommandLine.Command;

/** {@code headback diary}: the diary's commands. */
@Command(name = "diary", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Adds, imports, exports and lists the days of your diary.",
        subcommands = {DiaryAddCommand.class, DiaryImportCommand.class, DiaryExportCommand.class,
            DiaryListCommand.class, HelpCommand.class})
final class DiaryCommand extends DiaryGroup {
}
