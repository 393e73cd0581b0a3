package org.headback.ui;

import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Code run inside the first layout pulse at whose end a condition holds: what the frame then drawn shows. */
final class LaidOut {
    private LaidOut() {
    }

    /**
     * Runs {@code inPulse} once, inside the first layout pulse after which {@code shown} holds. With
     * {@code keepPulsing}, a timer asks for a pulse at every frame meanwhile (JavaFX pulses only when something
     * changed, and work off the JavaFX thread may finish between them); without, it waits for the pulses that come.
     */
    static void when(Scene scene, BooleanSupplier shown, boolean keepPulsing, Runnable inPulse) {
        var pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                // A pulse is due: the listener below looks at its layout.
            }
        };
        var fired = new boolean[1];
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!fired[0] && shown.getAsBoolean()) {
                fired[0] = true;
                pulses.stop();
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                inPulse.run();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        if (keepPulsing) {
            pulses.start();
        }
    }
}
