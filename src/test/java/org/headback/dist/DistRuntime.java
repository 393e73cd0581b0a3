package org.headback.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The packaged app's runtime, made by {@code mvn -Pdist package} before jpackage puts it into the app image: linked
 * from a JDK 25 or later when there is one ({@link Jdks}), which then gets an ahead-of-time cache
 * ({@link AotCache}); else from the JDK running the build, which gets a class-data sharing archive as before. It
 * says which in one line, and writes the choice to a properties file that the build's later steps read.
 *
 * <p>Arguments: the JavaFX jars' folder, the modules (comma-separated), the runtime folder to make, the properties
 * file to write, and the value of {@code -Ddist.jdk} (empty to look, {@code NONE} for the build's own JDK).
 */
public final class DistRuntime {
    static final int AOT_FEATURE = 25;
    static final String PRIORITY_POLICY = "-XX:ThreadPriorityPolicy=1";
    static final String COMPILER_PRIORITY = "-XX:CompilerThreadPriority=3";

    private DistRuntime() {
    }

    public static void main(String[] args) throws Exception {
        try {
            var chosen = Jdks.find(AOT_FEATURE, args.length > 4 ? args[4] : "", System.getenv());
            var runtime = Path.of(args[2]);
            var options = linkedOptions(System.getProperty("os.name"));
            link(chosen.map(Jdks.Jdk::home).orElse(Path.of(System.getProperty("java.home"))), Path.of(args[0]),
                    args[1], options, runtime);
            Files.writeString(Path.of(args[3]), properties(chosen.isPresent()));
            System.out.println(sentence(chosen, args.length > 4 ? args[4] : ""));
            if (!options.isEmpty()) {
                System.out.println("Linked into the runtime: " + String.join(" ", options)
                        + " (Java's compilers a little below the program's own threads).");
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.out.println("[ERROR] " + e.getMessage());
            System.exit(1);
        }
    }

    /** The one line that says which Java the app image is made with, and why. */
    static String sentence(Optional<Jdks.Jdk> chosen, String explicit) {
        if (chosen.isPresent()) {
            return "Packaging on Java " + chosen.get().version() + " (" + chosen.get().home()
                    + "): its runtime, with an ahead-of-time cache of the first start.";
        }
        var why = Jdks.NONE.equalsIgnoreCase(explicit.strip()) ? "-Ddist.jdk=NONE"
                : "No JDK " + AOT_FEATURE + " or later found (give one with -Ddist.jdk=FOLDER or JAVA25_HOME)";
        return why + ": packaging on Java " + System.getProperty("java.version")
                + ", the JDK running the build, with its class-data sharing archive.";
    }

    /** The build's switches: Java 25 and later skip the class-data sharing steps, others the cache's. */
    static String properties(boolean aheadOfTime) {
        return "dist.cds.skip=" + aheadOfTime + "\ndist.aot.skip=" + !aheadOfTime + "\n";
    }

    /**
     * Options linked into the runtime itself, so that every start of it (the window, the command line, the cache's
     * training run) has them and Java prints no warning about them. On Linux, Java's compilers run a little below
     * the program's own threads (nice 3): on two cores they otherwise take the JavaFX thread's time while the first
     * picture is built, and at nice 3 they still get a fair share when other programs keep the processor busy
     * (BENCHMARKS.md, start-up). Other systems map these priorities differently, so they keep Java's defaults.
     */
    static List<String> linkedOptions(String osName) {
        return osName.startsWith("Linux") ? List.of(PRIORITY_POLICY, COMPILER_PRIORITY) : List.of();
    }

    private static void link(Path jdk, Path javafxJars, String modules, List<String> options, Path runtime)
            throws IOException, InterruptedException {
        Folders.deleteTree(runtime);
        var command = new ArrayList<>(List.of(jdk.resolve("bin").resolve("jlink").toString(),
                "--module-path", javafxJars.toString(), "--add-modules", modules,
                "--strip-debug", "--no-header-files", "--no-man-pages", "--output", runtime.toString()));
        if (!options.isEmpty()) {
            command.add("--add-options=" + String.join(" ", options));
        }
        var process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jlink of " + jdk + " failed (exit code " + process.exitValue() + ")");
        }
        checkLinkedOptions(runtime, options);
    }

    /** The linked runtime's own Java says it has the options, as its flags' origin "jimage". */
    private static void checkLinkedOptions(Path runtime, List<String> options)
            throws IOException, InterruptedException {
        if (options.isEmpty()) {
            return;
        }
        var process = new ProcessBuilder(runtime.resolve("bin").resolve("java").toString(), "-XX:+PrintFlagsFinal",
                "-version").redirectErrorStream(true).start();
        var flags = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        for (var option : options) {
            if (!linkedIn(flags, option)) {
                throw new IllegalStateException("the linked runtime " + runtime + " does not have " + option);
            }
        }
    }

    /** Whether {@code -XX:+PrintFlagsFinal}'s output has {@code -XX:Name=value} with the value from the image. */
    static boolean linkedIn(String flags, String option) {
        var name = option.substring("-XX:".length(), option.indexOf('='));
        var value = option.substring(option.indexOf('=') + 1);
        return flags.lines().anyMatch(line -> line.matches("\\s*\\w+\\s+" + name + "\\s+= " + value
                + "\\s.*\\{jimage}.*"));
    }

}
