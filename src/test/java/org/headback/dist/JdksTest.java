package org.headback.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdksTest {
    @TempDir
    Path jvms;

    private Path jdk(String folder, String version) throws IOException {
        var home = Files.createDirectories(jvms.resolve(folder));
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin").resolve("jlink"), "");
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Someone\"\nJAVA_VERSION=\"" + version
                + "\"\nMODULES=\"java.base\"\n");
        return home;
    }

    @Test
    void newestIn_picksTheHighestVersionAtOrAboveTheMinimum_whateverTheFoldersAreCalled() throws IOException {
        jdk("java-17-openjdk-amd64", "17.0.15");
        jdk("temurin-25-jdk-amd64", "25.0.3");
        var newer = jdk("zz-old-name", "25.0.10");
        jdk("jdk-21", "21.0.7");

        assertThat(Jdks.newestIn(25, List.of(jvms))).get()
                .isEqualTo(new Jdks.Jdk(newer, 25, "25.0.10"));
    }

    @Test
    void newestIn_prefersALaterFeatureVersion() throws IOException {
        jdk("a", "25.0.9");
        var later = jdk("b", "26");

        assertThat(Jdks.newestIn(25, List.of(jvms))).get().extracting(Jdks.Jdk::home).isEqualTo(later);
    }

    @Test
    void newestIn_findsNothing_whenEveryJdkIsOlderThanTheMinimum() throws IOException {
        jdk("java-17", "17.0.15");
        jdk("java-21", "21.0.7");

        assertThat(Jdks.newestIn(25, List.of(jvms))).isEmpty();
    }

    @Test
    void aFolderWithoutJlink_isNoJdk() throws IOException {
        var jre = jdk("jre-25", "25.0.3");
        Files.delete(jre.resolve("bin").resolve("jlink"));

        assertThat(Jdks.read(jre)).isEmpty();
        assertThat(Jdks.newestIn(25, List.of(jvms))).isEmpty();
    }

    @Test
    void aReleaseFileWithoutAReadableVersion_isNoJdk() throws IOException {
        var odd = jdk("odd", "not-a-version");

        assertThat(Jdks.read(odd)).isEmpty();
    }

    @Test
    void aMacBundle_isFoundThroughItsContentsHome() throws IOException {
        var home = jdk("temurin-25.jdk/Contents/Home", "25.0.3");

        assertThat(Jdks.newestIn(25, List.of(jvms))).get().extracting(Jdks.Jdk::home).isEqualTo(home);
    }

    @Test
    void anExplicitFolder_winsOverTheEnvironment() throws IOException {
        var explicit = jdk("chosen", "25.0.1");
        var fromEnvironment = jdk("env", "26.0.1");

        assertThat(Jdks.find(25, explicit.toString(), Map.of("JAVA25_HOME", fromEnvironment.toString())))
                .get().extracting(Jdks.Jdk::home).isEqualTo(explicit);
    }

    @Test
    void anExplicitFolderThatIsNoSuchJdk_isAnErrorNamingIt() throws IOException {
        var old = jdk("java-17", "17.0.15");

        assertThatThrownBy(() -> Jdks.find(25, old.toString(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dist.jdk=" + old).hasMessageContaining("17.0.15");
    }

    @Test
    void none_looksForNoJdkAtAll() throws IOException {
        var fromEnvironment = jdk("env", "25.0.3");

        assertThat(Jdks.find(25, "NONE", Map.of("JAVA25_HOME", fromEnvironment.toString()))).isEmpty();
    }

    @Test
    void theEnvironmentVariables_areTriedInOrder_skippingOneThatNamesNoSuchJdk() throws IOException {
        var old = jdk("old", "21.0.7");
        var second = jdk("second", "25.0.2");

        assertThat(Jdks.find(25, "", Map.of("JAVA25_HOME", old.toString(), "JDK25_HOME", second.toString())))
                .get().extracting(Jdks.Jdk::home).isEqualTo(second);
    }

    @Test
    void usualFolders_beginBesideTheRunningJdk_thenThePlacesOfTheSystem() {
        var running = Path.of("/opt/jdks/jdk-17");

        assertThat(Jdks.usualFolders(running, "Linux", Map.of()))
                .containsExactly(Path.of("/opt/jdks"), Path.of("/usr/lib/jvm"));
        assertThat(Jdks.usualFolders(running, "Mac OS X", Map.of()))
                .containsExactly(Path.of("/opt/jdks"), Path.of("/Library/Java/JavaVirtualMachines"));
        assertThat(Jdks.usualFolders(running, "Windows 11", Map.of("ProgramFiles", "D:\\Apps")))
                .containsExactly(Path.of("/opt/jdks"), Path.of("D:\\Apps", "Eclipse Adoptium"),
                        Path.of("D:\\Apps", "Java"));
    }
}
