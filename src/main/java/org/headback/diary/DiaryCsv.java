package org.headback.diary;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.headback.diary.csv.CsvWriter;
import org.headback.work.Progress;

/**
 * The diary's CSV format: a header row, then one row per day. Columns, in the order they are written:
 * {@code date, back_pain, back_pain_location, headache, headache_kind, headache_hours, medication, sleep_hours,
 * stress, notes, warning_signs, attacks, factors}; see {@link DayForm} for how each value is written. Notes, attacks
 * and factors that a spreadsheet would run as a formula are written so that it shows them as text ({@link #toCell}).
 */
public final class DiaryCsv {
    /** The columns a file has, in this order. */
    public static final List<DayField> COLUMNS = List.of(DayField.DATE, DayField.BACK_PAIN,
            DayField.BACK_PAIN_LOCATION, DayField.HEADACHE, DayField.HEADACHE_KIND, DayField.HEADACHE_HOURS,
            DayField.MEDICATION, DayField.SLEEP_HOURS, DayField.STRESS, DayField.NOTES, DayField.WARNING_SIGNS,
            DayField.ATTACKS, DayField.FACTORS);
    /** The columns of free text, which may start like a formula. */
    static final List<DayField> TEXT_COLUMNS = List.of(DayField.NOTES, DayField.ATTACKS, DayField.FACTORS);
    /** What a spreadsheet reads as the start of a formula. */
    private static final String FORMULA_SIGNS = "=+-@\t\r";

    private DiaryCsv() {
    }

    /** Writes the header and the days; asks {@code progress} before each day whether to stop. */
    public static void write(List<DayEntry> days, Writer out, Progress progress) throws IOException {
        var csv = new CsvWriter(out);
        csv.write(COLUMNS.stream().map(DayField::column).toList());
        int done = 0;
        for (var day : days) {
            progress.stopIfAsked();
            csv.write(row(day));
            progress.done(++done, days.size());
        }
        csv.flush();
    }

    static List<String> row(DayEntry day) {
        var text = DayForm.text(day);
        TEXT_COLUMNS.forEach(column -> text.computeIfPresent(column, (field, value) -> toCell(value)));
        return COLUMNS.stream().map(text::get).toList();
    }

    /**
     * Notes as they stand in a CSV file: a note that a spreadsheet would take for a formula (starting with
     * {@code = + - @}, a tab or a carriage return) gets an apostrophe in front, so the spreadsheet shows it as text
     * and runs nothing ({@code =HYPERLINK(…)} stays words). So that the apostrophe can be told apart on reading, a
     * note that already starts with apostrophes followed by such a character gets one more. {@link #fromCell}
     * undoes it exactly: notes exported and imported again are what they were.
     */
    public static String toCell(String notes) {
        return startsLikeFormula(notes) ? "'" + notes : notes;
    }

    /** Undoes {@link #toCell}: one apostrophe comes off a cell that starts with apostrophes and a formula sign. */
    public static String fromCell(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == '\'' && startsLikeFormula(cell) ? cell.substring(1) : cell;
    }

    private static boolean startsLikeFormula(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && FORMULA_SIGNS.indexOf(text.charAt(i)) >= 0;
    }
}
