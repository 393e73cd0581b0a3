package org.headback.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command whose subcommands work on the diary ({@code diary}, {@code factors}): it knows the data folder, and given
 * no subcommand it names them.
 */
abstract class DiaryGroup implements Runnable, DataFolderCommand {
    @ParentCommand
    HeadBackCommand parent;

    @Spec
    CommandSpec spec;

    /** The data folder the command line chose. */
    @Override
    public Path dataDirectory() {
        return parent.dataDirectory();
    }

    /**
     * "Which diary command? add, import, export or list.": the subcommands in the order their help lists them (those
     * hidden from the help left out).
     */
    @Override
    public void run() {
        var names = new ArrayList<String>();
        spec.subcommands().forEach((name, command) -> {
            if (!name.equals("help") && !command.getCommandSpec().usageMessage().hidden()) {
                names.add(name);
            }
        });
        var last = names.remove(names.size() - 1);
        throw new ParameterException(spec.commandLine(), "Which " + spec.name() + " command? "
                + String.join(", ", names) + " or " + last + ".");
    }
}
