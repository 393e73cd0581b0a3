package org.headback.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds an installed JDK of at least a given feature version (such as 25) with a {@code jlink}, for the packaging
 * and the start-up benchmark; build tooling, not shipped. It reads each folder's {@code release} file, so a JDK is
 * recognised by what it says it is, not by its folder's name.
 */
public final class Jdks {
    /** {@code -Ddist.jdk=NONE}: look for no other JDK (the packaging then uses the one running the build). */
    public static final String NONE = "NONE";

    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"?([^\"\\s]+)\"?\\s*$");
    private static final List<String> ENVIRONMENT = List.of("JAVA25_HOME", "JDK25_HOME");

    /** A JDK's home folder and the feature version (25 for "25.0.3") its release file gives. */
    public record Jdk(Path home, int feature, String version) {
    }

    private Jdks() {
    }

    /** The newest JDK of at least {@code minimumFeature} on this machine, looked for as {@link #find} does. */
    public static Optional<Path> newest(int minimumFeature) {
        return find(minimumFeature, System.getProperty("dist.jdk", ""), System.getenv()).map(Jdk::home);
    }

    /**
     * The JDK to use: {@code explicit} if given ({@link #NONE} for none; a folder that is not such a JDK is an error,
     * not silently passed over), else the first of the environment variables JAVA25_HOME and JDK25_HOME that names
     * one, else the newest found beside the running JDK and in the usual places of this system.
     */
    public static Optional<Jdk> find(int minimumFeature, String explicit, Map<String, String> environment) {
        if (NONE.equalsIgnoreCase(explicit.strip())) {
            return Optional.empty();
        }
        if (!explicit.isBlank()) {
            var home = Path.of(explicit.strip());
            return Optional.of(read(home).filter(jdk -> jdk.feature() >= minimumFeature)
                    .orElseThrow(() -> new IllegalArgumentException("dist.jdk=" + explicit + " is not a JDK "
                            + minimumFeature + " or later with bin/jlink (its release file says "
                            + read(home).map(Jdk::version).orElse("nothing readable") + ")")));
        }
        for (var variable : ENVIRONMENT) {
            var value = environment.get(variable);
            var jdk = value == null || value.isBlank() ? Optional.<Jdk>empty() : read(Path.of(value));
            if (jdk.isPresent() && jdk.get().feature() >= minimumFeature) {
                return jdk;
            }
        }
        return newestIn(minimumFeature, usualFolders(Path.of(System.getProperty("java.home")),
                System.getProperty("os.name"), environment));
    }

    /** The newest JDK of at least {@code minimumFeature} among these folders and the folders they hold. */
    static Optional<Jdk> newestIn(int minimumFeature, List<Path> parents) {
        var found = new ArrayList<Jdk>();
        for (var parent : parents) {
            read(parent).ifPresent(found::add);
            if (Files.isDirectory(parent)) {
                try (Stream<Path> children = Files.list(parent)) {
                    children.map(Jdks::homeIn).map(Jdks::read).flatMap(Optional::stream).forEach(found::add);
                } catch (IOException e) {
                    continue;
                }
            }
        }
        return found.stream().filter(jdk -> jdk.feature() >= minimumFeature)
                .max(Comparator.comparingInt(Jdk::feature).thenComparing(Jdk::version, Jdks::compareVersions));
    }

    /** The folders where this system keeps its JDKs, beginning with the one that holds the running JDK. */
    static List<Path> usualFolders(Path runningHome, String osName, Map<String, String> environment) {
        var folders = new ArrayList<Path>();
        Optional.ofNullable(runningHome.toAbsolutePath().getParent()).ifPresent(folders::add);
        if (osName.startsWith("Mac")) {
            folders.add(Path.of("/Library/Java/JavaVirtualMachines"));
        } else if (osName.startsWith("Windows")) {
            var programFiles = environment.getOrDefault("ProgramFiles", "C:\\Program Files");
            folders.add(Path.of(programFiles, "Eclipse Adoptium"));
            folders.add(Path.of(programFiles, "Java"));
        } else {
            folders.add(Path.of("/usr/lib/jvm"));
        }
        return folders;
    }

    /** A JDK's home inside a folder: macOS keeps it in Contents/Home of its bundle. */
    private static Path homeIn(Path folder) {
        var bundled = folder.resolve("Contents").resolve("Home");
        return Files.isDirectory(bundled) ? bundled : folder;
    }

    /** The JDK at {@code home}, if it has a release file with its version and a jlink. */
    static Optional<Jdk> read(Path home) {
        var release = home.resolve("release");
        boolean hasJlink = Files.isRegularFile(home.resolve("bin").resolve("jlink"))
                || Files.isRegularFile(home.resolve("bin").resolve("jlink.exe"));
        if (!hasJlink || !Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try {
            var matcher = JAVA_VERSION.matcher(Files.readString(release));
            if (!matcher.find()) {
                return Optional.empty();
            }
            var version = matcher.group(1);
            return Optional.of(new Jdk(home, Runtime.Version.parse(version).feature(), version));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int compareVersions(String one, String other) {
        return Runtime.Version.parse(one).compareTo(Runtime.Version.parse(other));
    }
}
