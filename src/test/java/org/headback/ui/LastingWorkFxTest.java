package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status bar shows work that cannot be cancelled (its spinner and what it is doing) once it lasts, until it
 * ends, and does not flicker for short work such as each save.
 */
class LastingWorkFxTest extends WindowTest {
    @Start
    void start(Stage window) {
        begin(window);
    }

    @Test
    void shortWork_isNotShown_butWorkThatLasts_isShownUntilItEnds(FxRobot robot) throws Exception {
        waitUntilIdle();
        var finish = new CountDownLatch(1);
        start(finish);
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        while (System.nanoTime() < until) {
            assertThat(shown(robot)).as("while short work runs").isEqualTo("");
            Thread.sleep(10);
        }
        finish.countDown();
        waitUntilIdle();

        var longer = new CountDownLatch(1);
        start(longer);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !shown(robot).isEmpty());
        assertThat(shown(robot)).isEqualTo("spinner Working…");
        WaitForAsyncUtils.waitForFxEvents();
        var spinner = robot.lookup("#busyIndicator").query();
        var bar = spinner.getParent();
        assertThat(spinner.getBoundsInParent().getWidth()).as("the spinner is laid out").isPositive();
        assertThat(bar.getLayoutBounds().contains(spinner.getBoundsInParent())).as("within the status bar").isTrue();
        longer.countDown();
        waitUntilIdle();
        assertThat(shown(robot)).as("once the work is done").isEqualTo("");
    }

    private void start(CountDownLatch finish) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> runner.run("Working…", () -> finish.await(10, TimeUnit.SECONDS),
                done -> { }, error -> { })).get(5, TimeUnit.SECONDS);
    }

    /** "spinner" if the spinner turns, then what the status bar says is being done; "" when neither shows. */
    private static String shown(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var spinner = robot.lookup("#busyIndicator").tryQuery().filter(node -> node.isVisible()).isPresent();
            var text = robot.lookup("#busyText").queryAs(Label.class).getText();
            return ((spinner ? "spinner " : "") + (text == null ? "" : text)).strip();
        }).get(5, TimeUnit.SECONDS);
    }
}
