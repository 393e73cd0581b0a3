package org.headback.diary.csv;

/**
 * A CSV file that cannot be read. The line is the 1-based physical line where the problem is,
 * so the user can find it in an editor.
 */
public final class CsvFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final long line;
    private final String detail;

    public CsvFormatException(long line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
        this.detail = message;
    }

    /** The 1-based physical line where the problem is. */
    public long line() {
        return line;
    }

    /** The message without the "line N: " prefix. */
    public String detail() {
        return detail;
    }
}
