package org.headback.diary;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.headback.diary.csv.CsvFormatException;
import org.headback.diary.csv.CsvReader;
import org.headback.diary.csv.CsvRecord;

/**
 * Reads a diary CSV file into checked days, all or nothing: the first problem stops it with the file, line,
 * column and what is wrong. Columns are matched by name, ignoring case and order; unknown ones are reported.
 */
public final class DiaryCsvReader {
    /** Ten years of days take about half a megabyte; a file this large is not a diary. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    static final List<DayField> REQUIRED = List.of(DayField.DATE, DayField.BACK_PAIN, DayField.HEADACHE);

    private final String fileName;
    private final LocalDate today;

    private DiaryCsvReader(String fileName, LocalDate today) {
        this.fileName = fileName;
        this.today = today;
    }

    /** Reads and checks a CSV file; throws {@link ImportException} at the first problem. */
    public static ImportPlan read(Path file, LocalDate today) {
        var name = String.valueOf(file.getFileName());
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(name + ": the file is larger than 50 MB; it is not a HeadBack diary.");
            }
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try (var in = new InputStreamReader(Files.newInputStream(file), decoder)) {
                return read(name, in, today);
            }
        } catch (NoSuchFileException e) {
            throw new ImportException(name + ": there is no such file (" + file + ").", e);
        } catch (CharacterCodingException e) {
            throw new ImportException(name + ": the file is not UTF-8 text (is it a spreadsheet rather than a CSV "
                    + "file?); nothing was imported.", e);
        } catch (IOException e) {
            throw new ImportException(name + ": the file cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /** Reads CSV text; {@code fileName} is used in messages. */
    public static ImportPlan read(String fileName, Reader in, LocalDate today) throws IOException {
        return new DiaryCsvReader(fileName, today).read(new CsvReader(in));
    }

    private ImportPlan read(CsvReader csv) throws IOException {
        try {
            var header = csv.next().orElseThrow(() -> new ImportException(fileName
                    + ": the file is empty; it needs a header row naming its columns (date, back_pain, headache…)."));
            var columns = new HashMap<DayField, Integer>();
            var unknown = columns(header, columns);
            var days = new ArrayList<DayEntry>();
            var seenOn = new HashMap<LocalDate, Long>();
            for (var record = csv.next(); record.isPresent(); record = csv.next()) {
                var day = day(record.get(), header.fields().size(), columns);
                var earlier = seenOn.putIfAbsent(day.date(), record.get().line());
                if (earlier != null) {
                    throw error(record.get().line(), DayField.DATE.column() + ": " + day.date()
                            + " appears twice (also on line " + earlier + ")");
                }
                days.add(day);
            }
            return new ImportPlan(fileName, days, unknown);
        } catch (CsvFormatException e) {
            throw error(e.line(), e.detail());
        }
    }

    /** Finds each known column's position; returns the names of the others. */
    private List<String> columns(CsvRecord header, Map<DayField, Integer> columns) {
        var byName = new HashMap<String, DayField>();
        for (var field : DayField.values()) {
            byName.put(field.column(), field);
        }
        var unknown = new ArrayList<String>();
        for (int i = 0; i < header.fields().size(); i++) {
            var name = header.fields().get(i).strip();
            var field = byName.get(name.toLowerCase(Locale.ROOT));
            if (field == null) {
                unknown.add(name.isEmpty() ? "(a column with no name)" : name);
            } else if (columns.putIfAbsent(field, i) != null) {
                throw error(header.line(), "the column " + field.column() + " appears twice in the header");
            }
        }
        for (var required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw error(header.line(), "the header has no " + required.column()
                        + " column (it needs date, back_pain and headache)");
            }
        }
        return unknown;
    }

    private DayEntry day(CsvRecord record, int width, Map<DayField, Integer> columns) {
        if (record.fields().size() != width) {
            throw error(record.line(), record.fields().size() + (record.fields().size() == 1 ? " field" : " fields")
                    + ", but the header has " + width);
        }
        var values = new EnumMap<DayField, String>(DayField.class);
        columns.forEach((field, index) -> values.put(field, record.fields().get(index)));
        values.computeIfPresent(DayField.NOTES, (field, cell) -> DiaryCsv.fromCell(cell));
        try {
            return DayRow.parse(values, today);
        } catch (InvalidValueException e) {
            throw error(record.line(), e.getMessage());
        }
    }

    private ImportException error(long line, String what) {
        return new ImportException(fileName + ", line " + line + ", " + what);
    }
}
