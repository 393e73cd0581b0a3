package org.headback.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code headback articles}: one line per article, id, title and word count separated by tabs. */
@Command(name = "articles", mixinStandardHelpOptions = true,
        description = "Lists the library: each article's id, title and word count, separated by tabs.")
final class ArticlesCommand implements Callable<Integer> {
    @ParentCommand
    HeadBackCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (var session = new LibrarySession(parent.dataDirectory())) {
            var out = spec.commandLine().getOut();
            for (var article : session.library().articles()) {
                out.println(article.id() + "\t" + article.title() + "\t" + article.wordCount());
            }
        }
        return Cli.OK;
    }
}
