package org.headback.reminder;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How this HeadBack is started, as the login item and the notification start it again: the Java runtime it runs on,
 * its class path, and, for the packaged app, its own launcher.
 *
 * @param java        the runtime's {@code java} ({@code javaw.exe} on Windows, which opens no console window)
 * @param classPath   HeadBack's jars (or classes), as this program was given them
 * @param appLauncher the packaged app's launcher ({@code bin/HeadBack}), which starts the window with its own
 *                    options; empty when HeadBack runs from its jar
 * @param sqliteLibrary the folder the packaged app loads SQLite's native library from ({@code org.sqlite.lib.path}),
 *                    so that the reminder, too, writes nothing in the system's temporary folder; empty otherwise
 */
public record Launch(Path java, String classPath, Optional<String> appLauncher, Optional<String> sqliteLibrary) {
    /** The entry point, {@code org.headback.Launcher}, named as text: the reminder does not depend on it. */
    static final String MAIN_CLASS = "org.headback.Launcher";
    /** What the packaged app's launcher tells the runtime about itself. */
    static final String APP_PATH = "jpackage.app-path";
    /** Where SQLite's driver takes its native library from, when given, instead of its jar. */
    static final String SQLITE_LIBRARY = "org.sqlite.lib.path";

    /**
     * The background reminder's Java options, for a resident memory under 60 MB while it waits: it is interpreted
     * only (no compiler threads, no code cache to fill: it does a few milliseconds of work a minute), on a small heap
     * with a small young generation, collected by the serial collector, with no performance counters file.
     */
    static final List<String> SMALL = List.of("-Xint", "-Xms2m", "-Xmx16m", "-Xmn2m", "-Xss512k",
            "-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:MaxMetaspaceSize=48m", "--enable-native-access=ALL-UNNAMED");

    public Launch {
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(classPath, "classPath");
        Objects.requireNonNull(appLauncher, "appLauncher");
        Objects.requireNonNull(sqliteLibrary, "sqliteLibrary");
    }

    public Launch(Path java, String classPath, Optional<String> appLauncher) {
        this(java, classPath, appLauncher, Optional.empty());
    }

    /** The running program's runtime, class path and launcher. */
    public static Launch ofThisProgram() {
        var windows = System.getProperty("os.name", "").startsWith("Windows");
        var java = Path.of(System.getProperty("java.home"), "bin", windows ? "javaw.exe" : "java");
        return new Launch(java, absolute(System.getProperty("java.class.path")),
                Optional.ofNullable(System.getProperty(APP_PATH)).filter(path -> !path.isBlank()),
                Optional.ofNullable(System.getProperty(SQLITE_LIBRARY)).filter(path -> !path.isBlank()));
    }

    /** The class path with every entry made absolute: the login item starts it from another folder. */
    static String absolute(String classPath) {
        return Arrays.stream(classPath.split(Pattern.quote(File.pathSeparator))).filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** The background reminder of a data folder: {@code headback --data-dir DIR reminder wait}, kept small. */
    public List<String> waiting(Path dataDir) {
        var command = new ArrayList<String>();
        command.add(java.toString());
        command.addAll(SMALL);
        appLauncher.ifPresent(launcher -> command.add("-D" + APP_PATH + "=" + launcher));
        sqliteLibrary.ifPresent(folder -> command.add("-D" + SQLITE_LIBRARY + "=" + folder));
        command.addAll(List.of("-cp", classPath, MAIN_CLASS, "--data-dir", dataDir.toString(), "reminder", "wait"));
        return List.copyOf(command);
    }

    /** The window on a data folder, as the user starts it: the packaged app's launcher, or the jar on this runtime. */
    public List<String> window(Path dataDir) {
        var data = List.of("--data-dir", dataDir.toString());
        var command = new ArrayList<String>();
        if (appLauncher.isPresent()) {
            command.add(appLauncher.get());
        } else {
            command.addAll(List.of(java.toString(), "-cp", classPath, MAIN_CLASS));
        }
        command.addAll(data);
        return List.copyOf(command);
    }
}
