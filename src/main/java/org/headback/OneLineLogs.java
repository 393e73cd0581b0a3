package org.headback;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.Objects;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * What the libraries log (SQLite's driver, PDFBox, JavaFX and HeadBack's own warnings all log through
 * {@code java.util.logging}), and errors that no code caught, reach the terminal as one line each, never as a stack
 * trace: "headback: warning: Failed to delete old native lib (DirectoryNotEmptyException: /tmp/…)".
 *
 * <p>One message is not shown at all: SQLite's driver removes stale copies of its native library from the temporary
 * folder as it starts, and when several programs start at once, another may remove a copy first. That the file is
 * already gone is what the driver wanted, not a failure. Nor is JavaFX's "Unsupported JavaFX configuration: classes
 * were loaded from 'unnamed module …'", which it logs at every start of the window from the jar: HeadBack runs on the
 * class path by design (one jar, started by {@code java -jar}), and the warning would alarm a user for nothing.
 * Nor are the driver's words when it cannot write out or load that library: HeadBack then says in one sentence
 * that it cannot start, and where it could not write.
 */
public final class OneLineLogs extends Handler {
    private static final String SQLITE_LOADER = "org.sqlite.SQLiteJDBCLoader";
    private static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration: classes were loaded from "
            + "'unnamed module";
    /** Fills in a record's parameters; its own output (with the trace) is never used. */
    private static final Formatter MESSAGES = new SimpleFormatter();

    private final PrintWriter err;

    private OneLineLogs(PrintWriter err) {
        this.err = Objects.requireNonNull(err, "err");
        setLevel(Level.WARNING);
    }

    /** Replaces the default handlers (which print stack traces) with this one, for the whole program. */
    public static void install(PrintWriter err) {
        LogManager.getLogManager().reset();
        var root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        root.addHandler(new OneLineLogs(err));
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            err.println("headback: an unexpected error stopped part of the program (" + describe(e) + ").");
            err.flush();
        });
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || !isLoggable(record) || isHarmless(record)) {
            return;
        }
        err.println(line(record));
        err.flush();
    }

    /** The record as one line: its level, its message, and what was thrown without the trace. */
    static String line(LogRecord record) {
        var level = record.getLevel().intValue() >= Level.SEVERE.intValue() ? "error" : "warning";
        var text = new StringBuilder("headback: ").append(level).append(": ")
                .append(String.valueOf(MESSAGES.formatMessage(record)).strip().replaceAll("\\s+", " "));
        if (record.getThrown() != null) {
            text.append(" (").append(describe(record.getThrown())).append(")");
        }
        return text.toString();
    }

    static boolean isHarmless(LogRecord record) {
        if (SQLITE_LOADER.equals(record.getLoggerName())
                && (record.getThrown() instanceof NoSuchFileException || cannotLoad(record))) {
            return true;
        }
        var message = record.getMessage();
        return record.getLoggerName() != null && record.getLoggerName().startsWith("javafx") && message != null
                && message.startsWith(CLASS_PATH_WARNING);
    }

    /**
     * The driver's own words when its native library cannot be written out or loaded (a full disk, a limit on file
     * sizes): the first connection then fails, and storage says so in one sentence naming the folder.
     */
    private static boolean cannotLoad(LogRecord record) {
        var message = String.valueOf(record.getMessage());
        return record.getThrown() instanceof LinkageError || message.startsWith("Failed to load native library")
                || message.startsWith("Unexpected IOException");
    }

    private static String describe(Throwable e) {
        var message = e.getMessage() == null ? "" : ": " + e.getMessage().strip().replaceAll("\\s+", " ");
        return e.getClass().getSimpleName() + message;
    }

    @Override
    public void flush() {
        err.flush();
    }

    @Override
    public void close() {
        flush();
    }
}
