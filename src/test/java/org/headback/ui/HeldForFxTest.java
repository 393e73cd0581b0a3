package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A condition is held once it has lasted the whole delay, and never when it ended before. */
@ExtendWith(ApplicationExtension.class)
class HeldForFxTest {
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private HeldFor held;

    @Test
    void aConditionThatLasts_isHeldAfterTheDelay_andNoLongerAsSoonAsItEnds() throws Exception {
        onFx(() -> held = new HeldFor(busy, Duration.millis(300)));
        long started = System.nanoTime();
        onFx(() -> busy.set(true));
        assertThat(onFx(() -> held.heldProperty().get())).as("at once").isFalse();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> held.heldProperty().get()));
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).as("not before the delay")
                .isGreaterThanOrEqualTo(300);

        onFx(() -> busy.set(false));
        assertThat(onFx(() -> held.heldProperty().get())).as("as soon as it ends").isFalse();
    }

    @Test
    void aConditionThatEndsBeforeTheDelay_isNeverHeld_evenWhenItComesBackBriefly() throws Exception {
        onFx(() -> held = new HeldFor(busy, Duration.millis(300)));
        for (int i = 0; i < 3; i++) {
            onFx(() -> busy.set(true));
            Thread.sleep(150);
            onFx(() -> busy.set(false));
        }
        Thread.sleep(450);

        assertThat(onFx(() -> held.heldProperty().get())).isFalse();
    }

    @Test
    void aConditionTrueFromTheStart_isHeldAfterTheDelay() throws Exception {
        busy.set(true);
        onFx(() -> held = new HeldFor(busy, Duration.millis(100)));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> held.heldProperty().get()));
    }

    private static void onFx(Runnable action) throws Exception {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(5, TimeUnit.SECONDS);
    }
}
