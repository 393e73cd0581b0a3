package org.headback.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.headback.article.Library;
import picocli.CommandLine;
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

    /** The command's own command line, for usage errors. */
    CommandLine commandLine() {
        return spec.commandLine();
    }
}
