package org.headback.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** One run of the command line in the test's JVM, as a user types it: exit code, standard output, standard error. */
record CliRun(int code, String out, String err) {
    static CliRun of(Consumer<Path> windowOpener, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = new Cli(new PrintWriter(out), new PrintWriter(err), windowOpener).run(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The same, on a data folder ({@code --data-dir} first), with no window to open. */
    static CliRun in(Path dataDir, String... args) {
        var all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return of(dir -> { }, all.toArray(String[]::new));
    }
}
