package org.headback.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.zip.ZipFile;
import org.headback.testing.Pom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The runnable jars this build made, run by mvn verify after they are packaged: target/headback.jar, for the system
 * the build runs on, and under the all-platforms profile (which sets headback.allPlatforms to true) the five
 * headback-VERSION-SYSTEM.jar. Each holds its system's JavaFX file for file, native libraries and all, and nothing
 * only another system's JavaFX has; the jars for the system this runs on print the version, keep a diary and open
 * the window (headless, on Monocle) to its first frame.
 */
class SystemJarsIT {
    private static final Path BUILD = Path.of("target");
    private static final Path JAVAFX = BUILD.resolve("all-platforms").resolve("javafx");
    private static final String VERSION = Pom.version();
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Dheadless.geometry=1600x1000-32", "-Djava.awt.headless=true");
    private static final Map<JarSystem, JarContents> JAVAFX_OF = new EnumMap<>(JarSystem.class);

    @TempDir
    Path scratch;

    /** A jar the build made, and the system it is for. */
    record BuiltJar(JarSystem system, Path file) {
        @Override
        public String toString() {
            return file.getFileName() + " (" + system + ")";
        }
    }

    static List<BuiltJar> builtJars() {
        var jars = new ArrayList<>(List.of(new BuiltJar(JarSystem.here(), BUILD.resolve("headback.jar"))));
        if (Boolean.getBoolean("headback.allPlatforms")) {
            for (var system : JarSystem.values()) {
                jars.add(new BuiltJar(system, BUILD.resolve(system.jarName(VERSION))));
            }
        }
        return jars;
    }

    static List<BuiltJar> jarsForThisSystem() {
        return builtJars().stream().filter(jar -> jar.system() == JarSystem.here()).toList();
    }

    private static synchronized JarContents javaFx(JarSystem system) throws IOException {
        if (!JAVAFX_OF.containsKey(system)) {
            JAVAFX_OF.put(system, JavaFxJars.of(JAVAFX, Pom.property("javafx.version"), system));
        }
        return JAVAFX_OF.get(system);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtJars")
    void jar_holdsItsSystemsJavaFx_fileForFile_andNothingOnlyAnotherSystemsHas(BuiltJar jar) throws IOException {
        var contents = JarContents.of(jar.file(), name -> true);
        var own = javaFx(jar.system());
        var missingOrOther = new TreeSet<String>();
        own.crcs().forEach((name, crc) -> {
            if (!crc.equals(contents.crcs().get(name))) {
                missingOrOther.add(name);
            }
        });
        assertThat(missingOrOther).as("its JavaFX's files missing or different").isEmpty();

        var othersOnly = new TreeSet<String>();
        for (var other : JarSystem.values()) {
            othersOnly.addAll(javaFx(other).crcs().keySet());
        }
        othersOnly.removeAll(own.crcs().keySet());
        assertThat(othersOnly).as("files only other systems' JavaFX has").isNotEmpty();
        othersOnly.retainAll(contents.crcs().keySet());
        assertThat(othersOnly).as("other systems' JavaFX files in the jar").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtJars")
    void jar_carriesTheLibrariesItsSystemNeeds_builtForIt_andNoneForAnother(BuiltJar jar) throws IOException {
        var own = javaFx(jar.system()).topLibraries();
        assertThat(own).containsAll(jar.system().needed());
        var contents = JarContents.of(jar.file(), name -> true);
        assertThat(contents.topLibraries()).isEqualTo(own);
        assertThat(contents.libraries()).contains(jar.system().sqliteLibrary());

        var checked = new TreeMap<String, String>();
        try (var zip = new ZipFile(jar.file().toFile())) {
            for (var name : contents.libraries()) {
                if (name.startsWith(JarSystem.SQLITE_LIBRARIES) && !name.equals(jar.system().sqliteLibrary())) {
                    continue;
                }
                try (var in = zip.getInputStream(zip.getEntry(name))) {
                    checked.put(name, NativeKind.of(in.readNBytes(NativeKind.HEAD_BYTES)).map(Enum::name)
                            .orElse("not a library HeadBack knows"));
                }
            }
        }
        var expected = new TreeSet<>(own);
        expected.add(jar.system().sqliteLibrary());
        assertThat(checked.keySet()).as("libraries beside SQLite's for other systems").isEqualTo(expected);
        assertThat(checked).allSatisfy((name, kind) -> assertThat(kind).as(name).isEqualTo(jar.system().kind().name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtJars")
    void jar_holdsEachFileOnce(BuiltJar jar) throws IOException {
        assertThat(JarContents.of(jar.file(), name -> true).duplicates()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jarsForThisSystem")
    void jar_printsThePomsVersion(BuiltJar jar) throws Exception {
        var run = run("version", List.of("-jar", jar.file().toString(), "--version"), Map.of());
        assertThat(run.exitCode()).as(run.describe("--version")).isZero();
        assertThat(run.output().lines()).containsExactly("HeadBack " + VERSION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jarsForThisSystem")
    void jar_keepsADiary_inTheDataFolderItIsGiven(BuiltJar jar) throws Exception {
        var data = scratch.resolve("data").toString();
        var day = LocalDate.now().minusDays(1).toString();
        var add = run("add", List.of("-jar", jar.file().toString(), "--data-dir", data, "diary", "add", day,
                "--back-pain", "4", "--headache", "6"), Map.of());
        assertThat(add.exitCode()).as(add.describe("diary add")).isZero();
        var list = run("list", List.of("-jar", jar.file().toString(), "--data-dir", data, "diary", "list"), Map.of());
        assertThat(list.exitCode()).as(list.describe("diary list")).isZero();
        assertThat(list.output().lines()).anyMatch(line -> line.startsWith(day + ",4,,6,"));
        assertThat(scratch.resolve("data").resolve("headback.db")).isNotEmptyFile();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jarsForThisSystem")
    void jar_opensTheWindow_headless_toItsFirstFrame(BuiltJar jar) throws Exception {
        String mainClass;
        try (var file = new JarFile(jar.file().toFile())) {
            mainClass = file.getManifest().getMainAttributes().getValue("Main-Class");
        }
        // Monocle, the headless glass, is a test library: the jar has the real ones only.
        var monocle = Class.forName("com.sun.glass.ui.monocle.HeadlessPlatformFactory", false,
                SystemJarsIT.class.getClassLoader()).getProtectionDomain().getCodeSource().getLocation().toURI();
        var command = new ArrayList<>(HEADLESS);
        command.addAll(List.of("-cp", jar.file() + File.pathSeparator + Path.of(monocle), mainClass,
                "--data-dir", scratch.resolve("data").toString()));
        var run = run("window", command, Map.of("HEADBACK_FIRST_FRAME_PROBE", "1"));
        assertThat(run.exitCode()).as(run.describe("the window")).isZero();
        assertThat(run.reachedFirstFrame()).as(run.output()).isTrue();
    }

    /** Runs Java with these arguments, its temporary files (SQLite's library among them) in the test's folder. */
    private AppRun run(String what, List<String> arguments, Map<String, String> environment) throws Exception {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + scratch, "-Dorg.sqlite.tmpdir=" + scratch));
        command.addAll(arguments);
        return AppRun.of(command, environment, scratch.resolve("logs").resolve(what + ".log"));
    }
}
