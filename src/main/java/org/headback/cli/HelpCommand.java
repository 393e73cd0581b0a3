package org.headback.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code help [COMMAND [SUBCOMMAND…]]}: the help of the command it names, however deep ({@code help diary add});
 * given to every command that has subcommands, so {@code diary help add} works too. Picocli's own reads one name.
 */
@Command(name = "help", helpCommand = true, versionProvider = VersionProvider.class,
        description = "Prints the help of a command, such as: help diary add.")
final class HelpCommand implements IHelpCommandInitializable2, Runnable {
    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, then its subcommand, if any.")
    List<String> names = new ArrayList<>();
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    private CommandLine self;
    private Help.ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter outWriter,
            PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        var command = self.getParent();
        for (var name : names) {
            var sub = command.getSubcommands().get(name);
            if (sub == null) {
                throw new ParameterException(self, "Unknown command: '" + name + "'; the commands of "
                        + command.getCommandName() + " are: "
                        + String.join(", ", command.getSubcommands().keySet()) + ".");
            }
            command = sub;
        }
        command.usage(out, colors);
    }
}
