package org.headback.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.headback.diary.csv.CsvFormatException;
import org.headback.diary.csv.CsvReader;
import org.headback.diary.csv.CsvRecord;

/**
 * A CSV file that HeadBack wrote, as a spreadsheet saves it again after opening it: German Excel's "CSV UTF-8"
 * (byte-order mark, semicolons, decimal commas), the same with a {@code sep=;} first line, Excel's "Unicode Text"
 * (UTF-16 with a byte-order mark, tabs), or LibreOffice with empty cells to the right and empty rows below.
 * Fields are quoted as those programs quote them: when they hold the separator, a quote or a line break.
 */
final class SpreadsheetSave {
    enum Dialect { HEADBACK, GERMAN_EXCEL, SEP_LINE, UNICODE_TEXT_LE, UNICODE_TEXT_BE, EMPTY_CELLS }

    private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> HOURS = List.of("headache_hours", "sleep_hours");

    private SpreadsheetSave() {
    }

    /** HeadBack's file unchanged half the time, else saved again in one of the dialects. */
    static byte[] anyDialect(String headbackCsv, Random random) throws IOException {
        var dialects = Dialect.values();
        var dialect = random.nextBoolean() ? Dialect.HEADBACK : dialects[1 + random.nextInt(dialects.length - 1)];
        return save(headbackCsv, dialect, random);
    }

    static byte[] save(String headbackCsv, Dialect dialect, Random random) throws IOException {
        var records = records(headbackCsv);
        return switch (dialect) {
            case HEADBACK -> headbackCsv.getBytes(StandardCharsets.UTF_8);
            case GERMAN_EXCEL -> concat(UTF_8_BOM, text(decimalCommas(records), ';', "\r\n", "")
                    .getBytes(StandardCharsets.UTF_8));
            case SEP_LINE -> text(decimalCommas(records), ';', "\r\n", "sep=;\r\n").getBytes(StandardCharsets.UTF_8);
            case UNICODE_TEXT_LE -> unicodeText(records, StandardCharsets.UTF_16LE);
            case UNICODE_TEXT_BE -> unicodeText(records, StandardCharsets.UTF_16BE);
            case EMPTY_CELLS -> text(withEmptyCells(records, random), ',', "\n", "")
                    .getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] unicodeText(List<List<String>> records, Charset charset) {
        return ("\uFEFF" + text(records, '\t', "\r\n", "")).getBytes(charset);
    }

    private static List<List<String>> records(String csv) throws IOException {
        var records = new ArrayList<List<String>>();
        try (var reader = new CsvReader(new StringReader(csv))) {
            for (var record = reader.next(); record.isPresent(); record = reader.next()) {
                records.add(new ArrayList<>(record.map(CsvRecord::fields).orElseThrow()));
            }
        } catch (CsvFormatException e) {
            throw new IllegalArgumentException("not a file HeadBack wrote", e);
        }
        return records;
    }

    private static List<List<String>> decimalCommas(List<List<String>> records) {
        var header = records.get(0);
        for (var row : records.subList(1, records.size())) {
            for (var column : HOURS) {
                int at = header.indexOf(column);
                if (at >= 0) {
                    row.set(at, row.get(at).replace('.', ','));
                }
            }
        }
        return records;
    }

    /** Empty columns to the right of every row, and rows of empty cells in the middle and at the end. */
    private static List<List<String>> withEmptyCells(List<List<String>> records, Random random) {
        int extra = 1 + random.nextInt(3);
        records.forEach(row -> row.addAll(Collections.nCopies(extra, "")));
        var empty = Collections.nCopies(records.get(0).size(), "");
        records.add(1 + random.nextInt(records.size()), empty);
        for (int i = random.nextInt(3); i >= 0; i--) {
            records.add(empty);
        }
        return records;
    }

    private static String text(List<List<String>> records, char separator, String lineEnd, String firstLine) {
        var text = new StringBuilder(firstLine);
        for (var record : records) {
            for (int i = 0; i < record.size(); i++) {
                text.append(i == 0 ? "" : String.valueOf(separator)).append(quoted(record.get(i), separator));
            }
            text.append(lineEnd);
        }
        return text.toString();
    }

    private static String quoted(String field, char separator) {
        boolean needsQuotes = field.indexOf(separator) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\r') >= 0
                || field.indexOf('\n') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
