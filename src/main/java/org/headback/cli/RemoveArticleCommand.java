package org.headback.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code headback remove-article ID}: removes one of the user's own articles. */
@Command(name = "remove-article", mixinStandardHelpOptions = true,
        description = "Removes an article you added (the bundled articles stay) and prints its id.")
final class RemoveArticleCommand implements Callable<Integer> {
    @ParentCommand
    HeadBackCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The article's id, as 'headback articles' lists it.")
    String id;

    @Override
    public Integer call() {
        try (var session = new LibrarySession(parent.dataDirectory())) {
            spec.commandLine().getOut().println(session.library().remove(id).id());
        }
        return Cli.OK;
    }
}
