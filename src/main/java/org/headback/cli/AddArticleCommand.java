package org.headback.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.headback.article.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code headback add-article FILE}: adds a user's article and prints its new id. */
@Command(name = "add-article", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Adds an article to the library and prints its new id.",
            "The file is .txt, .md or .html (UTF-8, at most 5 MB); it is cleaned like the bundled articles and kept "
                + "in the data folder."})
final class AddArticleCommand extends LibraryCommand {
    @Parameters(paramLabel = "FILE", description = "The article's file.")
    Path file;

    @Override
    void run(Library library, PrintWriter out) {
        out.println(library.add(file).id());
    }
}
