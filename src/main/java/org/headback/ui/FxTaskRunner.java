package org.headback.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.headback.work.Progress;

/**
 * Runs work as {@link Task}s on one background thread, so that work on the user's data happens in the order the
 * user asked for it. Must be used from the JavaFX thread. Work asked for after {@link #close()} (a look for outside
 * changes as the window goes, say) is not run: the program is ending.
 */
public final class FxTaskRunner extends RunnerState implements AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "headback-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private int running;
    private boolean closed;

    @Override
    public <T> void run(String what, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(what, new Task<T>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        }, onSuccess, onFailure);
    }

    /** On the same worker thread as all other work, so it waits its turn, but the window shows nothing of it. */
    @Override
    public <T> void runQuietly(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        var task = new Task<T>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        if (!closed) {
            executor.execute(task);
        }
    }

    private <T> void submit(String what, Task<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (closed) {
            return;
        }
        task.setOnSucceeded(event -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            finished();
            onFailure.accept(task.getException());
        });
        running++;
        busy.set(true);
        description.set(what);
        executor.execute(task);
    }

    @Override
    public <T> void runCancellable(String what, CancellableWork<T> work, Consumer<T> onSuccess,
                                   Consumer<Throwable> onFailure) {
        if (closed) {
            return;
        }
        cancelRequested.set(false);
        var task = new Task<T>() {
            @Override
            protected T call() throws Exception {
                return work.call(Progress.of(this::updateProgress, cancelRequested::get));
            }
        };
        progress.bind(task.progressProperty());
        cancellable.set(true);
        submit(what, task, result -> {
            progressDone();
            onSuccess.accept(result);
        }, error -> {
            progressDone();
            onFailure.accept(error);
        });
    }

    private void progressDone() {
        progress.unbind();
        progress.set(-1);
        cancellable.set(false);
    }

    @Override
    public void cancel() {
        cancelRequested.set(true);
    }

    private void finished() {
        running--;
        busy.set(running > 0);
        if (running == 0) {
            description.set("");
        }
    }

    /** Lets the queued work (such as saving settings as the window closes) finish, for a few seconds at most. */
    @Override
    public void close() {
        closed = true;
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
