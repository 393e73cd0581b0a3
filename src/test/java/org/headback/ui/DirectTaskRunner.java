package org.headback.ui;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.headback.work.Progress;

/**
 * Runs work at once on the calling thread: for tests of view-models, which need no JavaFX thread. It can also hold
 * work back, as a busy worker thread would, to test what happens meanwhile, and press Cancel at once or midway
 * ({@link #cancel()}, {@link #cancelAfter}), the one way view-model tests cancel long work.
 */
public final class DirectTaskRunner extends RunnerState {
    private final Queue<Runnable> held = new ArrayDeque<>();
    private static final long NEVER = Long.MAX_VALUE;
    private long stopAfter = NEVER;
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
        long stopAt = stopAfter;
        stopAfter = NEVER;
        var told = new AtomicLong();
        run(what, () -> work.call(Progress.of((done, total) -> {
            told.set(done);
            progress.set((double) done / total);
        }, () -> told.get() >= stopAt)), onSuccess, onFailure);
    }

    /** Makes the next cancellable work see a cancel as soon as it asks. */
    @Override
    public void cancel() {
        cancelAfter(0);
    }

    /**
     * Makes the next cancellable work see a cancel once it has told {@code steps} steps done, as when the user
     * presses Cancel midway.
     */
    public void cancelAfter(long steps) {
        stopAfter = steps;
    }

}
