package org.headback.diary;

/**
 * An import that stopped; nothing of it was written. The message says where: the file, the line, the column and
 * what is wrong ("days.csv, line 14, back_pain: 11 is not between 0 and 10").
 */
public final class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
