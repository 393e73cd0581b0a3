package org.headback.diary;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.headback.diary.csv.CsvFormatException;
import org.headback.diary.csv.CsvPosition;
import org.headback.diary.csv.CsvReader;
import org.headback.diary.csv.CsvRecord;
import org.headback.storage.OpenDiaries;
import org.headback.text.NotTextException;
import org.headback.text.TextEncoding;
import org.headback.work.CountingReader;
import org.headback.work.Progress;

/**
 * Reads a diary CSV file into checked days, all or nothing: the first problem stops it with the file, line,
 * column and what is wrong. Columns are matched by name, ignoring case and order; unknown ones are reported.
 *
 * <p>It reads what spreadsheets save: the text in UTF-8 (with or without a byte-order mark) or UTF-16 with a
 * byte-order mark ({@link TextEncoding}, as for articles), fields separated by commas, semicolons or tabs (or what a
 * {@code sep=} first line says; {@link CsvReader#detectingSeparator}), rows of empty fields skipped.
 */
public final class DiaryCsvReader {
    /** Ten years of days take about half a megabyte; a file this large is not a diary. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    static final List<DayField> REQUIRED = List.of(DayField.DATE, DayField.BACK_PAIN, DayField.HEADACHE);
    private static final int TEXT_SHOWN = 30;

    private final String fileName;
    private final LocalDate today;

    private DiaryCsvReader(String fileName, LocalDate today) {
        this.fileName = fileName;
        this.today = today;
    }

    /** Reads and checks a CSV file; throws {@link ImportException} at the first problem. */
    public static ImportPlan read(Path file, LocalDate today) {
        return readText(file, Progress.NONE, (name, in) -> read(name, in, today));
    }

    /**
     * Opens a file offered for import as text and hands it to {@code read}, after the checks every diary file gets:
     * not HeadBack's own diary, not larger than {@link #MAX_BYTES}, text and not binary data, in an encoding it can
     * read; each refused in words naming the file. {@code progress} is told the characters read of the file's size.
     */
    public static <T> T readText(Path file, Progress progress, TextRead<T> read) {
        var name = String.valueOf(file.getFileName());
        if (OpenDiaries.holds(file)) {
            throw new ImportException(name + ": it is HeadBack's own diary (" + file + "), not a CSV file. Nothing "
                    + "was imported.");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ImportException(name + ": the file is larger than 50 MB; it is not a diary export.");
            }
            try (var in = new CountingReader(TextEncoding.reader(Files.newInputStream(file)),
                    chars -> progress.done(Math.min(chars, size), size))) {
                return read.read(name, in);
            }
        } catch (NoSuchFileException e) {
            throw new ImportException(name + ": there is no such file (" + file + ").", e);
        } catch (NotTextException e) {
            throw notText(name, e);
        } catch (CharacterCodingException e) {
            throw new DiaryCsvReader(name, LocalDate.MAX).undecodable(file, e);
        } catch (IOException e) {
            throw new ImportException(name + ": the file cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /** Reads a file's text; {@code fileName} is for messages. */
    @FunctionalInterface
    public interface TextRead<T> {
        T read(String fileName, Reader in) throws IOException;
    }

    /** Reads CSV text; {@code fileName} is used in messages. */
    public static ImportPlan read(String fileName, Reader in, LocalDate today) throws IOException {
        return new DiaryCsvReader(fileName, today).read(CsvReader.detectingSeparator(in));
    }

    private ImportPlan read(CsvReader csv) throws IOException {
        try {
            return readAfter(header(fileName, csv), csv);
        } catch (CsvFormatException e) {
            throw error(e.line(), e.detail());
        }
    }

    /**
     * The first row that holds something, which names the columns; refused when the file has none.
     *
     * @throws CsvFormatException when the text is not CSV there
     */
    public static CsvRecord header(String fileName, CsvReader csv) throws IOException, CsvFormatException {
        return nextRow(csv).orElseThrow(() -> new ImportException(fileName
                + ": the file is empty; it needs a header row naming its columns (date, back_pain, headache…)."));
    }

    /** Reads the days of a HeadBack CSV file whose header row, {@code first}, is read already. */
    public static ImportPlan readAfter(String fileName, CsvRecord first, CsvReader csv, LocalDate today)
            throws IOException {
        var reader = new DiaryCsvReader(fileName, today);
        try {
            return reader.readAfter(first, csv);
        } catch (CsvFormatException e) {
            throw reader.error(e.line(), e.detail());
        }
    }

    private ImportPlan readAfter(CsvRecord first, CsvReader csv) throws IOException, CsvFormatException {
        var header = DiaryCsvHeader.read(first, csv.separator());
        var days = new ArrayList<DayEntry>();
        var seenOn = new HashMap<LocalDate, Long>();
        for (var record = nextRow(csv); record.isPresent(); record = nextRow(csv)) {
            var day = day(record.get(), header);
            var earlier = seenOn.putIfAbsent(day.date(), record.get().line());
            if (earlier != null) {
                throw error(record.get().line(), DayField.DATE.column() + ": " + day.date()
                        + " appears twice (also on line " + earlier + ")");
            }
            days.add(day);
        }
        return new ImportPlan(fileName, days, header.unknownColumns(), seenOn);
    }

    /** The next record that holds something: a spreadsheet writes rows of empty fields (",,,,") for empty rows. */
    public static Optional<CsvRecord> nextRow(CsvReader csv) throws IOException, CsvFormatException {
        var record = csv.next();
        while (record.isPresent() && record.get().fields().stream().allMatch(String::isBlank)) {
            record = csv.next();
        }
        return record;
    }

    private DayEntry day(CsvRecord record, DiaryCsvHeader header) throws CsvFormatException {
        var values = header.values(record);
        try {
            return DayForm.day(values, today);
        } catch (InvalidValueException e) {
            var hint = e.field() == DayField.DATE ? SpreadsheetDates.hint(values.get(DayField.DATE)) : "";
            throw error(record.line(), e.getMessage() + hint);
        }
    }

    /** Says where the first byte that is not text is, and how to save the file so that it is. */
    private ImportException undecodable(Path file, CharacterCodingException cause) {
        try {
            TextEncoding.decode(Files.readAllBytes(file));
            return new ImportException(fileName + ": the file's text cannot be read (it changed while it was read).",
                    cause);
        } catch (NotTextException e) {
            return e.isBinary() ? notText(fileName, e) : undecodable(e);
        } catch (IOException e) {
            return new ImportException(fileName + ": the file cannot be read (" + e.getMessage() + ").", e);
        }
    }

    private ImportException undecodable(NotTextException located) {
        boolean utf8 = located.charset().orElseThrow().equals(StandardCharsets.UTF_8);
        var at = CsvPosition.atEndOf(located.textBefore());
        var before = at.before().length() > TEXT_SHOWN ? "…" + at.before().substring(at.before().length() - TEXT_SHOWN)
                : at.before();
        var what = String.format(Locale.ROOT, "the text is not %s (byte 0x%02X %s); ", utf8 ? "UTF-8" : "UTF-16",
                located.badByte(), before.isEmpty() ? "at the start of the field" : "after “" + before + "”");
        var advice = utf8 ? "Excel's plain CSV format writes letters such as é another way: save the file as CSV "
                + "UTF-8 (in other programs, choose the encoding UTF-8)" : "save the file again as CSV UTF-8";
        var column = at.column().map(String::strip).filter(name -> !name.isEmpty()).map(name -> name + ": ");
        return error(at.line(), column.orElse("") + what + advice);
    }

    private static ImportException notText(String fileName, NotTextException cause) {
        return new ImportException(fileName + ": the file is not text but binary data (a spreadsheet's own format, "
                + "such as .xlsx or .ods?); save it as CSV UTF-8 and import that file.", cause);
    }

    private ImportException error(long line, String what) {
        return new ImportException(fileName + ", line " + line + ", " + what);
    }
}
