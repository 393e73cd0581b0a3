package org.headback.cli;

import picocli.CommandLine.Command;

/** {@code headback factors}: the yes/no factors ticked on days. */
@Command(name = "factors", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Lists, adds, renames, hides and shows your yes/no factors.",
            "A factor renamed or hidden keeps every day it was ticked."},
        subcommands = {FactorsListCommand.class, FactorsAddCommand.class, FactorsRenameCommand.class,
            FactorsHideCommand.class, FactorsShowCommand.class, FactorsSuggestedCommand.class, HelpCommand.class})
final class FactorsCommand extends DiaryGroup {
}
