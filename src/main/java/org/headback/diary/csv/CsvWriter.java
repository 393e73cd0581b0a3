package org.headback.diary.csv;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes records as RFC 4180 CSV: fields separated by commas, every record ended by CRLF, a field quoted only
 * when it needs to be, quotes inside doubled, no byte-order mark. A null field is written as an empty one.
 * Whatever is written reads back unchanged with {@link CsvReader}.
 */
public final class CsvWriter implements AutoCloseable, Flushable {
    private static final String LINE_END = "\r\n";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer out;

    public CsvWriter(Writer out) {
        Objects.requireNonNull(out, "out");
        this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out);
    }

    /**
     * Writes one record and its CRLF line end.
     *
     * @throws IllegalArgumentException if the record has no fields: CSV cannot hold such a record
     */
    public void write(List<String> fields) throws IOException {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a record needs at least one field");
        }
        if (fields.size() == 1 && isEmpty(fields.get(0))) {
            // Unquoted, this would be an empty line, which readers skip.
            out.write("\"\"");
        } else {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quote(fields.get(i)));
            }
        }
        out.write(LINE_END);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /**
     * The field as it stands in the file: quoted, with quotes doubled, only when it holds a comma, a quote,
     * CR or LF, starts or ends with a space or tab (which other programs might trim), or starts with a
     * byte-order mark (which would be skipped at the start of a file). Null is written as an empty field.
     */
    static String quote(String field) {
        if (isEmpty(field)) {
            return "";
        }
        if (!needsQuotes(field)) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static boolean needsQuotes(String field) {
        char first = field.charAt(0);
        if (isBlank(first) || isBlank(field.charAt(field.length() - 1)) || first == BYTE_ORDER_MARK) {
            return true;
        }
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isEmpty(String field) {
        return field == null || field.isEmpty();
    }
}
