package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageLineTest {
    private final MessageLine line = new MessageLine();

    @Test
    void tell_showsTheWordsAsInformation() {
        line.tell("Added “Notes” to your library.");
        assertThat(line.noticeProperty().get()).isEqualTo(Notice.info("Added “Notes” to your library."));
        assertThat(line.textProperty().get()).isEqualTo("Added “Notes” to your library.");
    }

    @Test
    void warnAndFailure_showTheWordsAsAnError() {
        line.warn("Export cancelled: nothing was written.");
        assertThat(line.noticeProperty().get()).isEqualTo(Notice.error("Export cancelled: nothing was written."));
        line.failure("The chart was not saved: disk full");
        assertThat(line.noticeProperty().get()).isEqualTo(Notice.error("The chart was not saved: disk full"));
        assertThat(line.textProperty().get()).isEqualTo("The chart was not saved: disk full");
    }

    @Test
    void clear_leavesNoMessage_andNoText() {
        line.failure("Not deleted: the disk is full");
        line.clear();
        assertThat(line.noticeProperty().get()).isNull();
        assertThat(line.textProperty().get()).isEmpty();
    }
}
