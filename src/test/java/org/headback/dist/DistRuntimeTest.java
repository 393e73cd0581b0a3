package org.headback.dist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DistRuntimeTest {
    @Test
    void linuxRuntimeRunsTheCompilersBelowTheProgramsThreads() {
        assertThat(DistRuntime.linkedOptions("Linux"))
                .containsExactly("-XX:ThreadPriorityPolicy=1", "-XX:CompilerThreadPriority=3");
    }

    @Test
    void otherSystemsKeepJavasOwnPriorities() {
        assertThat(DistRuntime.linkedOptions("Windows 11")).isEmpty();
        assertThat(DistRuntime.linkedOptions("Mac OS X")).isEmpty();
    }

    @Test
    void buildAcceptsAnOptionOnlyWhenTheRuntimeImageItselfSetsIt() {
        var linked = "      int CompilerThreadPriority                   = 3"
                + "                                         {product} {jimage}\n";
        assertThat(DistRuntime.linkedIn(linked, "-XX:CompilerThreadPriority=3")).isTrue();
        assertThat(DistRuntime.linkedIn(linked, "-XX:CompilerThreadPriority=30")).isFalse();
        assertThat(DistRuntime.linkedIn(linked.replace("{jimage}", "{default}"), "-XX:CompilerThreadPriority=3"))
                .isFalse();
        assertThat(DistRuntime.linkedIn(linked, "-XX:ThreadPriorityPolicy=1")).isFalse();
    }
}
