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
}
