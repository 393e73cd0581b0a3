package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FxTaskRunnerTest {

    @Test
    void workAskedForAfterCloseIsNotRunAndRaisesNoError() {
        var runner = new FxTaskRunner();
        runner.close();
        var calls = new AtomicInteger();

        runner.run("Saving…", calls::incrementAndGet, done -> calls.incrementAndGet(),
                error -> calls.incrementAndGet());
        runner.runQuietly(calls::incrementAndGet, done -> calls.incrementAndGet(), error -> calls.incrementAndGet());
        runner.runCancellable("Importing…", progress -> calls.incrementAndGet(), done -> calls.incrementAndGet(),
                error -> calls.incrementAndGet());

        assertThat(calls).hasValue(0);
        assertThat(runner.busyProperty().get()).as("a window still open would not say it is busy").isFalse();
        assertThat(runner.cancellableProperty().get()).isFalse();
    }
}
