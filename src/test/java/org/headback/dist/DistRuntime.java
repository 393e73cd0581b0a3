package org.headback.dist;

import java.io.IOException;
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

    private DistRuntime() {
    }

    public static void main(String[] args) throws Exception {
        try {
            var chosen = Jdks.find(AOT_FEATURE, args.length > 4 ? args[4] : "", System.getenv());
            var runtime = Path.of(args[2]);
            link(chosen.map(Jdks.Jdk::home).orElse(Path.of(System.getProperty("java.home"))), Path.of(args[0]),
                    args[1], runtime);
            Files.writeString(Path.of(args[3]), properties(chosen.isPresent()));
            System.out.println(sentence(chosen, args.length > 4 ? args[4] : ""));
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

    private static void link(Path jdk, Path javafxJars, String modules, Path runtime)
            throws IOException, InterruptedException {
        Folders.deleteTree(runtime);
        var command = new ArrayList<>(List.of(jdk.resolve("bin").resolve("jlink").toString(),
                "--module-path", javafxJars.toString(), "--add-modules", modules,
                "--strip-debug", "--no-header-files", "--no-man-pages", "--output", runtime.toString()));
        var process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jlink of " + jdk + " failed (exit code " + process.exitValue() + ")");
        }
    }

}
