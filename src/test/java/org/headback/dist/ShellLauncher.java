package org.headback.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Linux app image's second launcher, {@code bin/HeadBack.sh}, which the menu entry starts: the same
 * {@code lib/app/HeadBack.cfg} as jpackage's {@code bin/HeadBack}, read by a shell script, without the package
 * manager lookups ({@code rpm -qf}, {@code dpkg -S}) that launcher runs at every start (about 130 ms here). Java
 * runs as {@code lib/runtime/bin/HeadBack}, a copy of the runtime's {@code java}, so that the process keeps the
 * app's name. jpackage's launcher stays for a double-click in a file manager, which opens scripts as text.
 *
 * <p>Arguments: the script to install and the app image. Both launchers must then say the same to
 * {@code --version}.
 */
public final class ShellLauncher {
    static final String NAME = "HeadBack.sh";
    static final String JAVA_NAME = "HeadBack";
    private static final Pattern JAVA_LOG = Pattern.compile("\\[[0-9.]+s\\]");

    private ShellLauncher() {
    }

    public static void main(String[] args) throws Exception {
        var image = Path.of(args[1]);
        var script = install(Path.of(args[0]), image);
        var work = image.resolveSibling("shell-launcher");
        var jpackaged = version(image.resolve("bin").resolve("HeadBack"), work.resolve("native.log"));
        var shell = version(script, work.resolve("shell.log"));
        if (!shell.equals(jpackaged)) {
            throw new IllegalStateException("bin/" + NAME + " says \"" + shell + "\" to --version, bin/HeadBack \""
                    + jpackaged + "\"");
        }
        System.out.println("Launcher for the menu: " + script + " (" + shell + ").");
    }

    /** Puts the script into the image's bin/ and the copy of java beside java; returns the script's path. */
    static Path install(Path source, Path image) throws IOException {
        var script = image.resolve("bin").resolve(NAME);
        Files.copy(source, script, StandardCopyOption.REPLACE_EXISTING);
        var java = image.resolve("lib").resolve("runtime").resolve("bin");
        Files.copy(java.resolve("java"), java.resolve(JAVA_NAME), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.COPY_ATTRIBUTES);
        var executable = PosixFilePermissions.fromString("rwxr-xr-x");
        Files.setPosixFilePermissions(script, executable);
        Files.setPosixFilePermissions(java.resolve(JAVA_NAME), executable);
        return script;
    }

    private static String version(Path launcher, Path log) throws IOException, InterruptedException {
        var run = AppRun.of(List.of(launcher.toString(), "--version"), Map.of(), log);
        if (run.exitCode() != 0) {
            throw new IllegalStateException(run.describe(launcher + " --version"));
        }
        // Java's own log lines ("[0.004s][error][cds] ...", before the archive is made) carry their time.
        return run.output().lines().filter(line -> !JAVA_LOG.matcher(line).lookingAt())
                .collect(Collectors.joining("\n")).strip();
    }
}
