package org.headback;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.headback.cli.Cli;
import org.headback.ui.GuiLauncher;

/**
 * The program's entry point. It is not a JavaFX {@code Application}, so that the jar runs on a plain Java runtime
 * and the command line never starts the JavaFX toolkit.
 */
public final class Launcher {
    private static final String HOSTS_FILE = "jdk.net.hosts.file";

    private Launcher() {
    }

    public static void main(String[] args) {
        resolveNoHostNames();
        var err = utf8(FileDescriptor.err);
        OneLineLogs.install(err);
        var cli = new Cli(utf8(FileDescriptor.out), err, dataDir -> GuiLauncher.open(dataDir));
        int exitCode = cli.run(args);
        System.exit(exitCode);
    }

    /**
     * HeadBack needs no host names, and looks none up. The JDK's font setup on Linux asks for this machine's own name
     * (to name a cache file), which can turn into a DNS query on the network; with an empty list of hosts it gets
     * "localhost" instead. Called before anything else, as the name lookup is set up once, when first used.
     */
    public static void resolveNoHostNames() {
        if (File.separatorChar == '/' && System.getProperty(HOSTS_FILE) == null) {
            System.setProperty(HOSTS_FILE, "/dev/null");
        }
    }

    private static PrintWriter utf8(FileDescriptor descriptor) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
    }
}
