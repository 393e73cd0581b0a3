package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The probe's wait for a complete picture: work done elsewhere is seen by the next pulse, once. */
@ExtendWith(ApplicationExtension.class)
class LaidOutFxTest {
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new Label("HeadBack"), 200, 100);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void keptPulsing_runsOnceOnTheJavaFxThread_afterTheConditionHolds_thoughNothingInTheSceneChanged()
            throws Exception {
        var holds = new AtomicBoolean();
        var runs = new AtomicInteger();
        var onFxThread = new AtomicBoolean();
        Platform.runLater(() -> LaidOut.when(scene, holds::get, true, () -> {
            runs.incrementAndGet();
            onFxThread.set(Platform.isFxApplicationThread());
        }));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
        assertThat(runs).hasValue(0);

        holds.set(true);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> runs.get() > 0);
        Thread.sleep(200);

        assertThat(runs).hasValue(1);
        assertThat(onFxThread).isTrue();
    }
}
