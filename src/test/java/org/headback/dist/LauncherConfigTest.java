package org.headback.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LauncherConfigTest {
    private static final List<String> JPACKAGE = List.of("[Application]", "app.classpath=$APPDIR/headback-app.jar",
            "app.mainclass=org.headback.Launcher", "", "[JavaOptions]", "java-options=-Djpackage.app-version=0.1.0",
            "java-options=-Xss2m", "java-options=-XX:SharedArchiveFile=$APPDIR/headback.jsa",
            "java-options=-Xshare:auto");

    @Test
    void removesTheNamedOptions_andAddsTheNewOnesAtTheEndOfTheSection() {
        var changed = LauncherConfig.withJavaOptions(JPACKAGE,
                Set.of("-XX:SharedArchiveFile=$APPDIR/headback.jsa", "-Xshare:auto"),
                List.of("-XX:AOTCache=$APPDIR/headback.aot", "-Xlog:aot=off"));

        assertThat(changed).containsExactly("[Application]", "app.classpath=$APPDIR/headback-app.jar",
                "app.mainclass=org.headback.Launcher", "", "[JavaOptions]",
                "java-options=-Djpackage.app-version=0.1.0", "java-options=-Xss2m",
                "java-options=-XX:AOTCache=$APPDIR/headback.aot", "java-options=-Xlog:aot=off");
    }

    @Test
    void addsWithinTheSection_whenAnotherSectionFollowsIt() {
        var lines = List.of("[JavaOptions]", "java-options=-Xss2m", "", "[ArgOptions]", "arguments=--x");

        assertThat(LauncherConfig.withJavaOptions(lines, Set.of(), List.of("-Xlog:aot=off")))
                .containsExactly("[JavaOptions]", "java-options=-Xss2m", "java-options=-Xlog:aot=off", "",
                        "[ArgOptions]", "arguments=--x");
    }

    @Test
    void leavesAnOptionThatOnlyBeginsLikeOneToRemove() {
        var lines = List.of("[JavaOptions]", "java-options=-Xshare:auto-not");

        assertThat(LauncherConfig.withJavaOptions(lines, Set.of("-Xshare:auto"), List.of()))
                .containsExactly("[JavaOptions]", "java-options=-Xshare:auto-not");
    }

    @Test
    void aConfigurationWithoutTheSection_isRefused() {
        assertThatThrownBy(() -> LauncherConfig.withJavaOptions(List.of("[Application]"), Set.of(), List.of("-X")))
                .hasMessageContaining("[JavaOptions]");
    }
}
