package org.headback.cli;

import java.io.PrintWriter;
import org.headback.article.Library;
import org.headback.article.PlainTextWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code headback article ID}: one cleaned article as plain text. */
@Command(name = "article", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Prints one cleaned article as plain text.",
            "Headings start with '# ', list items with '- ', and a blank line separates paragraphs."})
final class ArticleCommand extends LibraryCommand {
    @Parameters(paramLabel = "ID", description = "The article's id, as 'headback articles' lists it.")
    String id;

    @Override
    void run(Library library, PrintWriter out) {
        out.print(PlainTextWriter.write(article(library, id).cleaned()));
    }
}
