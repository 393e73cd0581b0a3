package org.headback.ui;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work at once on the calling thread: for tests of view-models, which need no JavaFX thread. It can also hold
 * work back, as a busy worker thread would, to test what happens meanwhile.
 */
public final class DirectTaskRunner extends RunnerState {
    private final Queue<Runnable> held = new ArrayDeque<>();
    private boolean cancelRequested;
    private boolean holding;

    /** Keeps the work given from now on until {@link #release()}. */
    public void hold() {
        holding = true;
    }

    /** Runs the work held back, in the order it was given, and runs work at once again. */
    public void release() {
        holding = false;
        while (!held.isEmpty()) {
            held.remove().run();
        }
    }

    @Override
    public <T> void run(String what, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (holding) {
            held.add(() -> run(what, work, onSuccess, onFailure));
            return;
        }
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
