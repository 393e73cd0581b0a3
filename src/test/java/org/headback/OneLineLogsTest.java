package org.headback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.NoSuchFileException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** What the libraries log reaches the terminal as one line, and what alarms for nothing not at all. */
class OneLineLogsTest {
    private static LogRecord record(String logger, Level level, String message) {
        var record = new LogRecord(level, message);
        record.setLoggerName(logger);
        return record;
    }

    @Test
    void javaFxsWarningAboutTheClassPath_whichHeadBackUsesByDesign_isNotShown() {
        assertThat(OneLineLogs.isHarmless(record("javafx", Level.WARNING, "Unsupported JavaFX configuration: "
                + "classes were loaded from 'unnamed module @69eee410'"))).isTrue();
        assertThat(OneLineLogs.isHarmless(record("javafx", Level.WARNING, "Loading FXML document failed")))
                .isFalse();
        assertThat(OneLineLogs.isHarmless(record("org.other", Level.WARNING, "Unsupported JavaFX configuration: "
                + "classes were loaded from 'unnamed module @1'"))).isFalse();
    }

    @Test
    void otherWarnings_areOneLine_withWhatWasThrown_withoutATrace() {
        var record = record("org.sqlite.SQLiteJDBCLoader", Level.WARNING, "Failed to delete old native lib");
        record.setThrown(new NoSuchFileException("/tmp/sqlite-1.so"));
        assertThat(OneLineLogs.isHarmless(record)).isTrue();
        var other = record("org.apache.pdfbox", Level.SEVERE, "Bad font\n  at line 2");
        assertThat(OneLineLogs.line(other)).isEqualTo("headback: error: Bad font at line 2");
    }
}
