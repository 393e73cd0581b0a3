package org.headback.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The window's first frame: the first layout pulse after the window is shown. What the first picture does not show
 * waits for it, so that the window appears as soon as what it shows is ready.
 */
public final class FirstFrame {
    private FirstFrame() {
    }

    /** Runs {@code inPulse} inside the pulse that lays out the window's first frame, once. */
    static void whenLaidOut(Scene scene, Runnable inPulse) {
        LaidOut.when(scene, () -> scene.getWindow() != null && scene.getWindow().isShowing(), false, inPulse);
    }

    /** Runs {@code afterwards} on the JavaFX thread just after the window's first frame, once. */
    public static void then(Scene scene, Runnable afterwards) {
        whenLaidOut(scene, () -> Platform.runLater(afterwards));
    }
}
