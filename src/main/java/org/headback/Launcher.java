package org.headback;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.headback.cli.Cli;
import org.headback.ui.Gui;

/**
 * The program's entry point. It is not a JavaFX {@code Application}, so that the jar runs on a plain Java runtime
 * and the command line never starts the JavaFX toolkit.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        var cli = new Cli(utf8(FileDescriptor.out), utf8(FileDescriptor.err), dataDir -> Gui.open(dataDir));
        int exitCode = cli.run(args);
        System.exit(exitCode);
    }

    private static PrintWriter utf8(FileDescriptor descriptor) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
    }
}
