package org.headback.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.headback.ui.FirstFrameProbe;

/** The floor for the start-up benchmark: a bare JavaFX window with one label, timed the same way as HeadBack. */
public final class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        var scene = new Scene(new StackPane(new Label("HeadBack")), 1280, 820);
        stage.setScene(scene);
        FirstFrameProbe.watch(scene);
        stage.show();
    }

    /** Started through a class that is not the Application, as HeadBack's launcher is. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
