package org.headback.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work at once on the calling thread: for tests of view-models, which need no JavaFX thread. */
public final class DirectTaskRunner extends RunnerState {
    private boolean cancelRequested;

    @Override
    public <T> void run(String what, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T> void runCancellable(String what, CancellableWork<T> work, Consumer<T> onSuccess,
                                   Consumer<Throwable> onFailure) {
        run(what, () -> work.call((done, total) -> progress.set((double) done / total), () -> cancelRequested),
                onSuccess, onFailure);
        cancelRequested = false;
    }

    /** Makes the next cancellable work see a cancel as soon as it asks. */
    @Override
    public void cancel() {
        cancelRequested = true;
    }

}
