package org.headback.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code headback add-article FILE}: adds a user's article and prints its new id. */
@Command(name = "add-article", mixinStandardHelpOptions = true,
        description = {"Adds a .txt, .md or .html file (UTF-8, at most 5 MB) to the library and prints its new id.",
            "The file is cleaned like the bundled articles and kept in the data folder."})
final class AddArticleCommand implements Callable<Integer> {
    @ParentCommand
    HeadBackCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The article's file.")
    Path file;

    @Override
    public Integer call() {
        try (var session = new LibrarySession(parent.dataDirectory())) {
            var article = session.library().add(file);
            spec.commandLine().getOut().println(article.id());
        }
        return Cli.OK;
    }
}
