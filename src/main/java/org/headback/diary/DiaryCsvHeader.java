package org.headback.diary;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.headback.diary.csv.CsvFormatException;
import org.headback.diary.csv.CsvRecord;
import org.headback.diary.csv.Separators;
import org.headback.text.Words;

/**
 * The header row of a diary CSV file: which column holds each field, and the columns HeadBack does not use. Columns
 * with no name are what a spreadsheet leaves to the right of its data; they are named among the unused ones only if
 * a row holds something in them.
 */
final class DiaryCsvHeader {
    private static final int NAMES_SHOWN = 12;
    private static final String NO_NAME = "(a column with no name)";

    private final CsvRecord header;
    private final Map<DayField, Integer> columns;
    private final BitSet namelessWithValues = new BitSet();

    private DiaryCsvHeader(CsvRecord header, Map<DayField, Integer> columns) {
        this.header = header;
        this.columns = columns;
    }

    /** Finds each known column; throws if one is there twice or a required one is missing. */
    static DiaryCsvHeader read(CsvRecord header, char separator) throws CsvFormatException {
        var byName = new HashMap<String, DayField>();
        for (var field : DiaryCsv.COLUMNS) {
            byName.put(field.column(), field);
        }
        var columns = new EnumMap<DayField, Integer>(DayField.class);
        for (int i = 0; i < header.fields().size(); i++) {
            var field = byName.get(header.fields().get(i).strip().toLowerCase(Locale.ROOT));
            if (field != null && columns.putIfAbsent(field, i) != null) {
                throw new CsvFormatException(header.line(), "the column " + field.column()
                        + " appears twice in the header");
            }
        }
        for (var required : DiaryCsvReader.REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new CsvFormatException(header.line(), "the header has no " + required.column()
                        + " column (it needs date, back_pain and headache); " + found(header.fields(), separator));
            }
        }
        return new DiaryCsvHeader(header, columns);
    }

    /** The columns the header has, as the user can check them against the file. */
    private static String found(List<String> names, char separator) {
        if (names.size() == 1) {
            return "it has only one column, " + quoted(names.get(0)) + ": columns must be separated by commas, "
                    + "semicolons or tabs";
        }
        var shown = names.stream().limit(NAMES_SHOWN).map(DiaryCsvHeader::quoted).collect(Collectors.joining(", "));
        var more = names.size() > NAMES_SHOWN ? " … (" + names.size() + " in all)" : "";
        return "the columns found, with a " + Separators.nameOf(separator) + " between them, were: " + shown + more;
    }

    private static String quoted(String name) {
        return DayText.quoted(name.strip());
    }

    /**
     * A row's values by field. A row with fewer fields than the header, or with more (even empty ones: a field left
     * out or one too many earlier in the row looks just so), is refused. A spreadsheet that writes empty columns to
     * the right of its data writes them in the header too, where they are columns with no name.
     */
    Map<DayField, String> values(CsvRecord record) throws CsvFormatException {
        var fields = record.fields();
        int width = header.fields().size();
        if (fields.size() != width) {
            throw new CsvFormatException(record.line(), Words.count("field", fields.size())
                    + ", but the header has " + width);
        }
        for (int i = 0; i < width; i++) {
            if (header.fields().get(i).isBlank() && !fields.get(i).isBlank()) {
                namelessWithValues.set(i);
            }
        }
        var values = new EnumMap<DayField, String>(DayField.class);
        columns.forEach((field, index) -> values.put(field, fields.get(index)));
        DiaryCsv.TEXT_COLUMNS.forEach(column -> values.computeIfPresent(column,
                (field, cell) -> DiaryCsv.fromCell(cell)));
        return values;
    }

    /** The names of the columns HeadBack does not use, in their order, once every row has been read. */
    List<String> unknownColumns() {
        var unknown = new ArrayList<String>();
        for (int i = 0; i < header.fields().size(); i++) {
            var name = header.fields().get(i).strip();
            if (columns.containsValue(i)) {
                continue;
            }
            if (!name.isEmpty()) {
                unknown.add(name);
            } else if (namelessWithValues.get(i)) {
                unknown.add(NO_NAME);
            }
        }
        return unknown;
    }
}
