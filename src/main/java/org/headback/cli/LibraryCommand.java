package org.headback.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.headback.article.Article;
import org.headback.article.ArticleEntry;
import org.headback.article.Library;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that works on the library of the chosen data folder, open for the length of the command. */
abstract class LibraryCommand implements Callable<Integer> {
    @ParentCommand
    HeadBackCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try (var session = new LibrarySession(parent.dataDirectory())) {
            run(session.library(), spec.commandLine().getOut());
        }
        return Cli.OK;
    }

    abstract void run(Library library, PrintWriter out);

    /**
     * The article with this id. An id that names no article is well formed, so its refusal is a failure (exit 1,
     * one line), not a usage error.
     */
    static ArticleEntry entry(Library library, String id) {
        return library.find(id).orElseThrow(() -> noSuchArticle(id));
    }

    /** The article with this id, cleaned; refused as {@link #entry} refuses. */
    static Article article(Library library, String id) {
        return library.open(id).orElseThrow(() -> noSuchArticle(id));
    }

    private static IllegalArgumentException noSuchArticle(String id) {
        return new IllegalArgumentException("There is no article with id '" + id
                + "'; 'headback articles' lists them.");
    }
}
