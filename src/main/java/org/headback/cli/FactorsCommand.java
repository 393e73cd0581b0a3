package org.headback.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code headback factors}: the yes/no factors ticked on days. */
@Command(name = "factors", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Lists, adds, renames, hides and shows your yes/no factors.",
            "A factor renamed or hidden keeps every day it was ticked."},
        subcommands = {FactorsListCommand.class, FactorsAddCommand.class, FactorsRenameCommand.class,
            FactorsHideCommand.class, FactorsShowCommand.class, FactorsSuggestedCommand.class, HelpCommand.class})
final class FactorsCommand implements Runnable, DiaryGroup {
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
        throw new ParameterException(spec.commandLine(),
                "Which factors command? list, add, rename, hide, show or suggested.");
    }
}
