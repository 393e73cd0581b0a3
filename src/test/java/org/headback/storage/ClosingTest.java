package org.headback.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ClosingTest {
    @Test
    void quietly_closesTheResource() {
        var closed = new AtomicBoolean();
        Closing.quietly(() -> closed.set(true));
        assertThat(closed).isTrue();
    }

    @Test
    void quietly_takesNothing_andAFailureToClose() {
        assertThatCode(() -> Closing.quietly(null)).doesNotThrowAnyException();
        assertThatCode(() -> Closing.quietly(() -> {
            throw new IOException("gone");
        })).doesNotThrowAnyException();
    }
}
