package org.headback.cli;

import java.io.PrintWriter;
import org.headback.article.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code headback remove-article ID}: removes one of the user's own articles. */
@Command(name = "remove-article", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Removes an article you added and prints its id.", "The bundled articles stay."})
final class RemoveArticleCommand extends LibraryCommand {
    @Parameters(paramLabel = "ID", description = "The article's id, as 'headback articles' lists it.")
    String id;

    @Override
    void run(Library library, PrintWriter out) {
        out.println(library.remove(entry(library, id).id()).id());
    }
}
