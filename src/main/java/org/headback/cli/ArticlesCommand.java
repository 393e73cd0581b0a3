package org.headback.cli;

import java.io.PrintWriter;
import org.headback.article.Library;
import picocli.CommandLine.Command;

/** {@code headback articles}: one line per article, id, title and word count separated by tabs. */
@Command(name = "articles", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Lists the library: each article's id, title and word count.",
            "The three are separated by tabs."})
final class ArticlesCommand extends LibraryCommand {
    @Override
    void run(Library library, PrintWriter out) {
        for (var article : library.entries()) {
            out.println(article.id() + "\t" + article.title() + "\t" + article.wordCount());
        }
    }
}
