package org.headback.cli;

import java.util.concurrent.Callable;
import org.headback.article.CleanedArticle;
import org.headback.article.PlainTextWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code headback article ID}: one cleaned article as plain text. */
@Command(name = "article", mixinStandardHelpOptions = true,
        description = {"Prints one cleaned article as plain text: headings start with '# ', list items with '- ',",
            "and a blank line separates paragraphs."})
final class ArticleCommand implements Callable<Integer> {
    @ParentCommand
    HeadBackCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The article's id, as 'headback articles' lists it.")
    String id;

    @Override
    public Integer call() {
        try (var session = new LibrarySession(parent.dataDirectory())) {
            var article = session.library().find(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "There is no article with id '" + id + "'; 'headback articles' lists them."));
            spec.commandLine().getOut().print(PlainTextWriter.write(
                    new CleanedArticle(article.title(), article.published(), article.blocks())));
        }
        return Cli.OK;
    }
}
