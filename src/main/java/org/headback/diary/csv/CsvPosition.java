package org.headback.diary.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Where the end of the start of a CSV file falls, as {@link CsvReader#detectingSeparator} reads it: the physical
 * line, and the column being read there. It tells a user where to look when the file goes wrong at that point, for
 * example at a byte that is not text.
 *
 * @param line   the 1-based physical line
 * @param column the header's name for the field the end falls in; empty in the header itself, or when the field
 *               cannot be told (after a quote where none may be)
 * @param before the text of that field up to the end, on the end's line; if there is no such field, the line's
 */
public record CsvPosition(long line, Optional<String> column, String before) {
    /** Where the end of {@code start} falls. */
    public static CsvPosition atEndOf(String start) {
        long line = 1 + start.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
        var lineText = lastLineOf(start);
        var records = records(start);
        boolean insideQuotes = records.isEmpty();
        if (insideQuotes) {
            records = records(start + '"');
        }
        if (records.isEmpty() || records.get().last() == null) {
            return new CsvPosition(line, Optional.empty(), lineText);
        }
        var header = records.get().first().fields();
        var last = records.get().last().fields();
        if (!insideQuotes && (start.endsWith("\n") || start.endsWith("\r"))) {
            return new CsvPosition(line, Optional.of(header.get(0)), "");
        }
        int field = last.size() - 1;
        boolean inHeader = records.get().first() == records.get().last();
        var column = inHeader || field >= header.size() ? Optional.<String>empty() : Optional.of(header.get(field));
        return new CsvPosition(line, column, lastLineOf(last.get(field)));
    }

    private static String lastLineOf(String text) {
        return text.substring(Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1);
    }

    private record FirstAndLast(CsvRecord first, CsvRecord last) {
    }

    /** The first and last records, both null if there are none; empty if the text is not CSV. */
    private static Optional<FirstAndLast> records(String text) {
        try (var csv = CsvReader.detectingSeparator(new StringReader(text))) {
            CsvRecord first = null;
            CsvRecord last = null;
            for (var record = csv.next(); record.isPresent(); record = csv.next()) {
                first = first == null ? record.get() : first;
                last = record.get();
            }
            return Optional.of(new FirstAndLast(first, last));
        } catch (CsvFormatException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
