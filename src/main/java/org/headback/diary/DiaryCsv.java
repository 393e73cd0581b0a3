package org.headback.diary;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.headback.diary.csv.CsvWriter;
import org.headback.storage.DiaryStore;

/**
 * The diary's CSV format: a header row, then one row per day. Columns, in the order they are written:
 * {@code date, back_pain, back_pain_location, headache, headache_kind, headache_hours, medication, sleep_hours,
 * stress, notes, warning_signs}; see {@link DayText} for how each value is written.
 */
public final class DiaryCsv {
    public static final List<DayField> COLUMNS = List.of(DayField.values());

    private DiaryCsv() {
    }

    /** Writes the header and the days. */
    public static void write(List<DayEntry> days, Writer out, DiaryStore.Progress progress) throws IOException {
        var csv = new CsvWriter(out);
        csv.write(COLUMNS.stream().map(DayField::column).toList());
        int done = 0;
        for (var day : days) {
            csv.write(row(day));
            progress.done(++done, days.size());
        }
        csv.flush();
    }

    static List<String> row(DayEntry day) {
        var row = new ArrayList<String>(COLUMNS.size());
        row.add(day.date().toString());
        row.add(Integer.toString(day.backPain()));
        row.add(DayText.locationsText(day.backLocations()));
        row.add(Integer.toString(day.headache()));
        row.add(day.headacheKind().map(HeadacheKind::code).orElse(""));
        row.add(hours(day.headacheHours()));
        row.add(DayText.medicationsText(day.medications()));
        row.add(hours(day.sleepHours()));
        row.add(scale(day.stress()));
        row.add(day.notes());
        row.add(DayText.warningSignsText(day.warningSigns()));
        return row;
    }

    private static String hours(OptionalDouble hours) {
        return hours.isPresent() ? DayText.hours(hours.getAsDouble()) : "";
    }

    private static String scale(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
    }
}
