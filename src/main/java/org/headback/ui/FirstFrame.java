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
        var fired = new boolean[1];
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!fired[0] && scene.getWindow() != null && scene.getWindow().isShowing()) {
                fired[0] = true;
                inPulse.run();
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Runs {@code afterwards} on the JavaFX thread just after the window's first frame, once. */
    public static void then(Scene scene, Runnable afterwards) {
        whenLaidOut(scene, () -> Platform.runLater(afterwards));
    }
}
