package org.headback.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The menu's launcher script, run by the system's shell on an app image whose "java" only prints the arguments it
 * was given, one per line.
 */
class ShellLauncherTest {
    private static final Path SCRIPT = Path.of("resources", "launcher", ShellLauncher.NAME);
    private static final List<String> CONFIG = List.of("[Application]", "app.classpath=$APPDIR/headback-app.jar",
            "app.classpath=$APPDIR/sqlite-jdbc.jar", "app.mainclass=org.headback.Launcher", "",
            "[JavaOptions]", "java-options=-Djpackage.app-version=0.1.0", "java-options=-Xss2m",
            "java-options=-XX:AOTCache=$APPDIR/headback.aot", "java-options=-Dboth=$ROOTDIR|$BINDIR|$APPDIR");

    @TempDir
    Path folder;
    Path image;

    @BeforeEach
    void fakeImage() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a system with a POSIX shell");
        image = folder.resolve("an app's folder, with spaces").resolve("HeadBack");
        var java = image.resolve("lib/runtime/bin/java");
        Files.createDirectories(java.getParent());
        Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib/app"));
        Files.writeString(java, "#!/bin/sh\necho \"$0\"\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.write(image.resolve("lib/app/HeadBack.cfg"), CONFIG);
        ShellLauncher.install(SCRIPT, image);
    }

    private List<String> start(Path launcher, String... args) throws Exception {
        var command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }

    @Test
    void runsTheRuntimesJavaUnderTheAppsName_withTheConfigsOptionsClassPathAndMainClass() throws Exception {
        var app = image.resolve("lib/app");

        assertThat(start(image.resolve("bin").resolve(ShellLauncher.NAME))).containsExactly(
                image.resolve("lib/runtime/bin/HeadBack").toString(),
                "-Djpackage.app-version=0.1.0", "-Xss2m", "-XX:AOTCache=" + app.resolve("headback.aot"),
                "-Dboth=" + image + "|" + image.resolve("bin") + "|" + app,
                "-Djpackage.app-path=" + image.resolve("bin/HeadBack"),
                "-cp", app.resolve("headback-app.jar") + ":" + app.resolve("sqlite-jdbc.jar"),
                "org.headback.Launcher");
    }

    @Test
    void passesTheUsersArgumentsLast_unchangedAndInTheirOrder() throws Exception {
        var lines = start(image.resolve("bin").resolve(ShellLauncher.NAME), "--data-dir", "/a folder/$APPDIR",
                "", "-Xss1m", "two  spaces");

        assertThat(lines.subList(lines.size() - 6, lines.size())).containsExactly("org.headback.Launcher",
                "--data-dir", "/a folder/$APPDIR", "", "-Xss1m", "two  spaces");
    }

    @Test
    void findsItsImage_whenStartedThroughALinkElsewhere() throws Exception {
        var link = Files.createSymbolicLink(folder.resolve("headback"),
                image.resolve("bin").resolve(ShellLauncher.NAME));

        assertThat(start(link, "--version")).startsWith(image.resolve("lib/runtime/bin/HeadBack").toString())
                .endsWith("org.headback.Launcher", "--version");
    }

    @Test
    void aMissingConfigurationStopsWithTheShellsMessage_ratherThanStartingJavaWithoutOptions() throws Exception {
        Files.delete(image.resolve("lib/app/HeadBack.cfg"));
        var process = new ProcessBuilder(image.resolve("bin").resolve(ShellLauncher.NAME).toString())
                .redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isNotZero();
        assertThat(output).contains("HeadBack.cfg").doesNotContain("org.headback.Launcher");
    }
}
