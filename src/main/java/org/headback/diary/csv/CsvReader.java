package org.headback.diary.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads RFC 4180 CSV one record at a time, without loading the whole input.
 *
 * <p>Fields are separated by commas, or by another separator: one given, or one found in the first line
 * ({@link #detectingSeparator}). A field may be quoted with {@code "}; inside quotes {@code ""} is a
 * literal quote, and separators, CR and LF are part of the field. Outside quotes a record ends at CRLF, LF or a
 * lone CR; the last record may or may not have a line end. A byte-order mark at the very start is skipped,
 * and so are empty lines between records. Whitespace around unquoted fields is kept as it is.
 *
 * <p>The input is read in blocks, so the given reader needs no buffering of its own. After a
 * {@link CsvFormatException}, every further call to {@link #next()} throws the same exception.
 */
public final class CsvReader implements AutoCloseable {
    /** The longest field accepted, in chars. */
    public static final int MAX_FIELD_LENGTH = 1_000_000;
    /** The most fields accepted in one record. */
    public static final int MAX_FIELDS = 1_000;

    private static final int BUFFER_SIZE = 8192;
    private static final int END = -1;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader in;
    private final boolean detect;
    private char separator;
    private final char[] buffer = new char[BUFFER_SIZE];
    private final StringBuilder field = new StringBuilder();
    private int pos;
    private int limit;
    private boolean inputEnded;
    private boolean started;
    private long line = 1;
    private long fieldLine;
    private CsvFormatException failure;

    /** A reader of comma-separated records. */
    public CsvReader(Reader in) {
        this(in, ',', false);
    }

    /** A reader of records separated by {@code separator}, which cannot be a quote, CR or LF. */
    public CsvReader(Reader in, char separator) {
        this(in, separator, false);
    }

    private CsvReader(Reader in, char separator, boolean detect) {
        if (separator == '"' || separator == '\r' || separator == '\n') {
            throw new IllegalArgumentException("a quote or line end cannot separate fields");
        }
        this.in = Objects.requireNonNull(in, "in");
        this.separator = separator;
        this.detect = detect;
    }

    /**
     * A reader that takes its separator from the first line, as spreadsheets write CSV in different languages
     * ({@link Separators}). A first line {@code sep=X} names the separator and is not a record. Otherwise the
     * separator is whichever of comma, semicolon and tab occurs most often outside quotes in the first line (in its
     * first 8,192 characters if it is longer), comma on a tie or when there is none.
     */
    public static CsvReader detectingSeparator(Reader in) {
        return new CsvReader(in, ',', true);
    }

    /** The separator; once the first record is read, the one detected. */
    public char separator() {
        return separator;
    }

    /** The next record, or empty at the end of the input. */
    public Optional<CsvRecord> next() throws IOException, CsvFormatException {
        if (failure != null) {
            throw failure;
        }
        try {
            return Optional.ofNullable(readRecord());
        } catch (CsvFormatException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private CsvRecord readRecord() throws IOException, CsvFormatException {
        if (!started) {
            started = true;
            if (peek() == BYTE_ORDER_MARK) {
                pos++;
            }
            if (detect) {
                detectSeparator();
            }
        }
        skipEmptyLines();
        if (peek() == END) {
            return null;
        }
        long recordLine = line;
        List<String> fields = new ArrayList<>();
        while (true) {
            if (fields.size() == MAX_FIELDS) {
                throw new CsvFormatException(line, "a record has more than 1,000 fields");
            }
            fields.add(peek() == '"' ? readQuoted() : readUnquoted());
            int c = read();
            if (c == separator) {
                continue;
            }
            if (c == '\r' || c == '\n') {
                endLine(c);
            }
            return new CsvRecord(recordLine, fields);
        }
    }

    private void skipEmptyLines() throws IOException {
        int c = peek();
        while (c == '\r' || c == '\n') {
            pos++;
            endLine(c);
            c = peek();
        }
    }

    /** Reads up to the separator or line end after the field, and leaves that in place. */
    private String readUnquoted() throws IOException, CsvFormatException {
        startField();
        while (pos < limit || fill()) {
            int start = pos;
            while (pos < limit) {
                char c = buffer[pos];
                if (c == separator || c == '\r' || c == '\n') {
                    append(start, pos);
                    return field.toString();
                }
                if (c == '"') {
                    throw new CsvFormatException(line,
                            "a quote inside an unquoted field; a field with quotes must be quoted as a whole");
                }
                pos++;
            }
            append(start, pos);
        }
        return field.toString();
    }

    /** Reads from the opening quote through the closing one, and leaves the separator or line end after it. */
    private String readQuoted() throws IOException, CsvFormatException {
        pos++;
        startField();
        while (true) {
            if (pos == limit && !fill()) {
                throw new CsvFormatException(fieldLine, "a quoted field that starts here is never closed");
            }
            int start = pos;
            while (pos < limit && buffer[pos] != '"' && buffer[pos] != '\r' && buffer[pos] != '\n') {
                pos++;
            }
            append(start, pos);
            if (pos == limit) {
                continue;
            }
            char c = buffer[pos++];
            if (c != '"') {
                append(c);
                if (c == '\r' && peek() == '\n') {
                    pos++;
                    append('\n');
                }
                line++;
            } else if (peek() == '"') {
                pos++;
                append('"');
            } else if (isFieldEnd(peek())) {
                return field.toString();
            } else {
                throw new CsvFormatException(line, "text after the closing quote of a field; only a "
                        + Separators.nameOf(separator) + " or a line end may follow it");
            }
        }
    }

    private boolean isFieldEnd(int c) {
        return c == separator || c == '\r' || c == '\n' || c == END;
    }

    /** Takes the separator from a sep= line, which it then skips, or from the first line's characters. */
    private void detectSeparator() throws IOException {
        int end = firstLineEnd();
        var firstLine = CharBuffer.wrap(buffer, pos, end - pos);
        var named = Separators.namedBy(firstLine);
        if (named.isEmpty()) {
            separator = Separators.commonestIn(firstLine);
            return;
        }
        separator = named.get();
        pos += firstLine.length();
        int c = read();
        if (c != END) {
            endLine(c);
        }
    }

    /** Reads on until the buffer holds the whole first line, is full or has all the input; where the line ends. */
    private int firstLineEnd() throws IOException {
        int scanned = 0;
        while (true) {
            for (int i = pos + scanned; i < limit; i++) {
                if (buffer[i] == '\r' || buffer[i] == '\n') {
                    return i;
                }
            }
            scanned = limit - pos;
            if (!fill()) {
                return limit;
            }
        }
    }

    /** Counts a line end whose first char, CR or LF, was just read; a CR takes the LF after it along. */
    private void endLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            pos++;
        }
        line++;
    }

    private void startField() {
        field.setLength(0);
        fieldLine = line;
    }

    private void append(int start, int end) throws CsvFormatException {
        checkRoomFor(end - start);
        field.append(buffer, start, end - start);
    }

    private void append(char c) throws CsvFormatException {
        checkRoomFor(1);
        field.append(c);
    }

    private void checkRoomFor(int chars) throws CsvFormatException {
        if (field.length() + chars > MAX_FIELD_LENGTH) {
            throw new CsvFormatException(fieldLine, "a field is longer than 1,000,000 characters");
        }
    }

    private int peek() throws IOException {
        return pos < limit || fill() ? buffer[pos] : END;
    }

    private int read() throws IOException {
        return pos < limit || fill() ? buffer[pos++] : END;
    }

    /**
     * Reads more input after what the buffer holds from {@code pos} on, which moves to the buffer's start; false at
     * the end of the input, or when the buffer is full.
     */
    private boolean fill() throws IOException {
        if (inputEnded) {
            return false;
        }
        System.arraycopy(buffer, pos, buffer, 0, limit - pos);
        limit -= pos;
        pos = 0;
        if (limit == BUFFER_SIZE) {
            return false;
        }
        int n;
        do {
            n = in.read(buffer, limit, BUFFER_SIZE - limit);
        } while (n == 0);
        if (n < 0) {
            inputEnded = true;
            return false;
        }
        limit += n;
        return true;
    }
}
