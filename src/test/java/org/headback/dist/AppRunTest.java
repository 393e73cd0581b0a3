package org.headback.dist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppRunTest {
    @Test
    void firstFrameMillis_isWhatTheProbePrinted_amongTheOtherLines() {
        var run = new AppRun(0, "Picked up JAVA_TOOL_OPTIONS: -Xlog:class+load=info\nfirst-frame-ms 1420\n"
                + "first-frame-cpu-ms 1890\n");

        assertThat(run.firstFrameMillis()).contains("1420");
        assertThat(run.reachedFirstFrame()).isTrue();
    }

    @Test
    void aRunWithoutTheProbesLine_didNotReachItsFirstFrame() {
        var run = new AppRun(1, "headback: The window cannot open here (Unable to load glass GTK library.).\n");

        assertThat(run.firstFrameMillis()).isEmpty();
        assertThat(run.reachedFirstFrame()).isFalse();
    }
}
