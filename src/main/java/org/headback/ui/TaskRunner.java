package org.headback.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

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

    /** True while any work is running. */
    ReadOnlyBooleanProperty busyProperty();

    /** What the running work is, or empty when idle. */
    ReadOnlyStringProperty descriptionProperty();
}
