package org.headback.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.headback.work.CancelledException;
import org.headback.work.Progress;

/**
 * Runs work away from the JavaFX thread and hands its result back on it. View-models take one of these, so tests
 * can run the same work on the calling thread.
 */
public interface TaskRunner {
    /**
     * @param description what the work is, for the status bar ("Adding article…")
     * @param work        the work; it must not touch the scene graph
     * @param onSuccess   called with the result, on the JavaFX thread
     * @param onFailure   called with what went wrong, on the JavaFX thread
     */
    <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs long work that reports progress and that the user may cancel; cancelling is asked of the work through
     * its {@link Progress}, and the work stops at its next check (undoing what it began) and fails with a
     * {@link CancelledException}.
     */
    <T> void runCancellable(String description, CancellableWork<T> work, Consumer<T> onSuccess,
                            Consumer<Throwable> onFailure);

    /**
     * Runs short work that the user did not ask for (such as looking for changes made by another program) without
     * showing it in the status bar; otherwise as {@link #run}.
     */
    default <T> void runQuietly(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run("", work, onSuccess, onFailure);
    }

    /** Asks the running cancellable work to stop. */
    void cancel();

    /** How far the cancellable work has got, 0 to 1, or -1 when it cannot tell. */
    ReadOnlyDoubleProperty progressProperty();

    /** True while cancellable work runs. */
    ReadOnlyBooleanProperty cancellableProperty();

    /** Long work with progress and cancelling. */
    @FunctionalInterface
    interface CancellableWork<T> {
        T call(Progress progress) throws Exception;
    }

    /** True while any work is running. */
    ReadOnlyBooleanProperty busyProperty();

    /** What the running work is, or empty when idle. */
    ReadOnlyStringProperty descriptionProperty();
}
