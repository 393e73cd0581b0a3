package org.headback.dist;

import java.util.Locale;
import java.util.Set;

/**
 * The systems HeadBack has a runnable jar for: the jar's name, the classifier of Maven Central's JavaFX jars for it,
 * the kind of native library it runs, SQLite's library for it, and the JavaFX libraries it cannot open a window
 * without (the full set is read from the JavaFX jars themselves, see {@link JavaFxJars}).
 */
enum JarSystem {
    LINUX_X64("linux-x64", "linux", NativeKind.ELF_X86_64, "Linux/x86_64/libsqlitejdbc.so", Libraries.LINUX),
    LINUX_AARCH64("linux-aarch64", "linux-aarch64", NativeKind.ELF_AARCH64, "Linux/aarch64/libsqlitejdbc.so",
            Libraries.LINUX),
    WIN_X64("win-x64", "win", NativeKind.PE_X64, "Windows/x86_64/sqlitejdbc.dll", Libraries.WINDOWS),
    MAC_X64("mac-x64", "mac", NativeKind.MACHO_X86_64, "Mac/x86_64/libsqlitejdbc.dylib", Libraries.MAC),
    MAC_AARCH64("mac-aarch64", "mac-aarch64", NativeKind.MACHO_ARM64, "Mac/aarch64/libsqlitejdbc.dylib",
            Libraries.MAC);

    /** Where sqlite-jdbc keeps its library for each system it runs on (it carries them all). */
    static final String SQLITE_LIBRARIES = "org/sqlite/native/";

    private final String id;
    private final String classifier;
    private final NativeKind kind;
    private final String sqlite;
    private final Set<String> needed;

    JarSystem(String id, String classifier, NativeKind kind, String sqlite, Set<String> needed) {
        this.id = id;
        this.classifier = classifier;
        this.kind = kind;
        this.sqlite = SQLITE_LIBRARIES + sqlite;
        this.needed = needed;
    }

    /** The system's part of the jar's name: {@code linux-x64}. */
    String id() {
        return id;
    }

    /** The classifier of the JavaFX jars for this system: {@code linux}, {@code win}, {@code mac-aarch64}. */
    String classifier() {
        return classifier;
    }

    NativeKind kind() {
        return kind;
    }

    /** sqlite-jdbc's library for this system, in the jar. */
    String sqliteLibrary() {
        return sqlite;
    }

    /** The libraries, at the jar's top, without which JavaFX draws no window on this system. */
    Set<String> needed() {
        return needed;
    }

    /** The runnable jar's name: {@code headback-0.1.0-linux-x64.jar}. */
    String jarName(String version) {
        return "headback-" + version + "-" + id + ".jar";
    }

    /** The system this runs on. */
    static JarSystem here() {
        var os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        var arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        boolean arm = arch.equals("aarch64") || arch.equals("arm64");
        if (!arm && !arch.equals("amd64") && !arch.equals("x86_64")) {
            throw new IllegalStateException("no HeadBack jar for the processor " + arch);
        }
        if (os.startsWith("linux")) {
            return arm ? LINUX_AARCH64 : LINUX_X64;
        }
        if (os.startsWith("mac")) {
            return arm ? MAC_AARCH64 : MAC_X64;
        }
        if (os.startsWith("windows") && !arm) {
            return WIN_X64;
        }
        throw new IllegalStateException("no HeadBack jar for " + os + " on " + arch);
    }

    @Override
    public String toString() {
        return id;
    }

    /** Glass (windows), the software and hardware renderers, and fonts: what the window needs to be drawn. */
    private static final class Libraries {
        static final Set<String> LINUX = Set.of("libglass.so", "libglassgtk3.so", "libprism_sw.so",
                "libprism_es2.so", "libjavafx_font.so");
        static final Set<String> WINDOWS = Set.of("glass.dll", "prism_sw.dll", "prism_d3d.dll", "javafx_font.dll");
        static final Set<String> MAC = Set.of("libglass.dylib", "libprism_sw.dylib", "libprism_es2.dylib",
                "libjavafx_font.dylib");
    }
}
