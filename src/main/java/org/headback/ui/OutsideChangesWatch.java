package org.headback.ui;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Another program (the command line) may change the data while the window is open: this looks every few seconds
 * and whenever the window comes back into focus, until the window closes.
 */
final class OutsideChangesWatch {
    static final Duration EVERY = Duration.seconds(2);

    private OutsideChangesWatch() {
    }

    /** Runs {@code look} every {@link #EVERY} and on each return of the focus, while the stage shows this window. */
    static void start(Stage stage, Runnable look) {
        var timer = new Timeline(new KeyFrame(EVERY, event -> look.run()));
        timer.setCycleCount(Animation.INDEFINITE);
        timer.play();
        ChangeListener<Boolean> onFocus = (observable, was, focused) -> {
            if (focused && stage.isShowing()) {
                look.run();
            }
        };
        stage.focusedProperty().addListener(onFocus);
        // All of it ends with this window, also when the stage is shown again with a new one.
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                timer.stop();
                stage.focusedProperty().removeListener(onFocus);
                stage.removeEventHandler(WindowEvent.WINDOW_HIDING, this);
            }
        });
    }
}
