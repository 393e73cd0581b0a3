package org.headback.diary.other;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Pattern;
import org.headback.diary.DayText;
import org.headback.diary.DiaryCsvReader;
import org.headback.diary.csv.CsvFormatException;
import org.headback.diary.csv.CsvReader;
import org.headback.diary.csv.CsvRecord;
import org.headback.work.Progress;

/**
 * Reads Bearable's export: one row per item logged, {@code date, weekday, time of day, category, rating/amount,
 * detail, notes}, and in later exports {@code date formatted} (an ISO date, preferred) after {@code date}.
 * Symptoms are rated 1–4 (Mild to Unbearable, the word in the last brackets of {@code detail}), medicines carry
 * their amount and unit, factors are lists joined with " | "; the other categories (mood, energy, sleep, food…)
 * are counted as not used.
 */
final class BearableReader {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th) ([A-Za-z]{3}) (\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    private static final List<String> SEVERITIES = List.of("none", "mild", "moderate", "severe", "unbearable");
    private static final Set<String> FACTOR_CATEGORIES = Set.of("factors", "sleep factors");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(Pattern.quote(" | "));

    private final String fileName;
    private final LocalDate today;
    private final boolean dated;
    private final Collected found;
    private String lastDateCell;
    private LocalDate lastDate;

    private BearableReader(String fileName, LocalDate today, boolean dated) {
        this.fileName = fileName;
        found = new Collected(fileName);
        this.today = today;
        this.dated = dated;
    }

    static OtherDiary read(String fileName, CsvRecord header, CsvReader csv, LocalDate today, Progress progress)
            throws IOException, CsvFormatException {
        boolean dated = header.fields().size() == Recognition.BEARABLE_DATED.size();
        return new BearableReader(fileName, today, dated).read(csv, header.fields().size(), progress);
    }

    private OtherDiary read(CsvReader csv, int columns, Progress progress) throws IOException, CsvFormatException {
        for (var row = DiaryCsvReader.nextRow(csv); row.isPresent(); row = DiaryCsvReader.nextRow(csv)) {
            progress.stopIfAsked();
            if (row.get().fields().size() != columns) {
                throw RowProblem.at(fileName, row.get().line(), "the row", "it has " + row.get().fields().size()
                        + " fields, but the header names " + columns + " columns");
            }
            item(row.get());
        }
        return found.diary(fileName, Source.BEARABLE, dated ? "the export with “date formatted”"
                : "the seven-column export");
    }

    private void item(CsvRecord row) {
        var fields = row.fields();
        int at = dated ? 1 : 0;
        var day = day(dated ? fields.get(1) : fields.get(0), row.line());
        found.row(day, row.line());
        var time = fields.get(at + 2).strip();
        var category = fields.get(at + 3).strip();
        var amount = fields.get(at + 4).strip();
        var detail = fields.get(at + 5).strip();
        switch (category.toLowerCase(Locale.ROOT)) {
            case "symptom" -> symptom(day, amount, detail, row.line());
            case "meds/supplements" -> medicine(day, time, amount, detail, row.line());
            default -> {
                if (FACTOR_CATEGORIES.contains(category.toLowerCase(Locale.ROOT))) {
                    LIST_SEPARATOR.splitAsStream(detail).map(String::strip)
                            .filter(item -> !item.isEmpty()).distinct().forEach(item -> found.tag(day, item,
                                    row.line()));
                } else {
                    found.notUsed(category.isEmpty() ? "Rows without a category" : category, "row");
                }
            }
        }
        var note = note(fields.get(at + 6));
        if (!note.isEmpty()) {
            found.note(day, note, row.line());
        }
    }

    /** A day's rows follow one another, so the date of the row before is most often this row's. */
    private LocalDate day(String cell, long line) {
        if (!cell.equals(lastDateCell)) {
            lastDate = dated ? isoDate(cell, line) : date(cell, line);
            lastDateCell = cell;
        }
        return lastDate;
    }

    /**
     * "Back (lower) pain (Mild)": a name and, in the last brackets, its severity or unit; empty when the text does
     * not end so.
     */
    record Named(String name, String bracketed) {
        static Optional<Named> of(String detail) {
            int open = detail.lastIndexOf('(');
            if (open <= 0 || !detail.endsWith(")") || detail.indexOf(')', open) != detail.length() - 1) {
                return Optional.empty();
            }
            var name = detail.substring(0, open).strip();
            return name.isEmpty() ? Optional.empty()
                    : Optional.of(new Named(name, detail.substring(open + 1, detail.length() - 1).strip()));
        }
    }

    private void symptom(LocalDate day, String amount, String detail, long line) {
        var parsed = Named.of(detail);
        if (parsed.isEmpty()) {
            throw RowProblem.at(fileName, line, "detail", DayText.quoted(detail)
                    + " is not a symptom with its severity, as “Headache (Mild)”");
        }
        var named = parsed.get();
        int byWord = SEVERITIES.indexOf(named.bracketed().toLowerCase(Locale.ROOT));
        if (byWord < 0) {
            throw RowProblem.at(fileName, line, "detail", DayText.quoted(named.bracketed())
                    + " is not a severity (Mild, Moderate, Severe or Unbearable)");
        }
        if (!amount.isEmpty() && !amount.equals(Integer.toString(byWord))) {
            throw RowProblem.at(fileName, line, "rating/amount", DayText.quoted(amount) + " is not "
                    + named.bracketed() + "'s rating " + byWord + " on Bearable's scale of 1 to 4");
        }
        found.reading(new Reading(day, named.name(), RowProblem.fromFourPoint(byWord), line));
    }

    private void medicine(LocalDate day, String time, String amount, String detail, long line) {
        var named = Named.of(detail);
        var name = named.map(Named::name).orElse(detail);
        if (name.isEmpty()) {
            throw RowProblem.at(fileName, line, "detail", "the medicine has no name");
        }
        var unit = named.map(Named::bracketed).orElse("");
        var dose = amount.isEmpty() ? "" : unit.isEmpty() ? amount : amount + " " + unit;
        found.intake(day, name, dose, clock(time, line), line);
    }

    private Optional<LocalTime> clock(String time, long line) {
        var match = CLOCK.matcher(time);
        if (!match.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(match.group(1));
        int minute = Integer.parseInt(match.group(2));
        if (hour > 23 || minute > 59) {
            throw RowProblem.at(fileName, line, "time of day", DayText.quoted(time) + " is not a time of day");
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    /** Notes without the ". " Bearable writes on every sleep row. */
    private static String note(String notes) {
        var note = notes.strip();
        if (note.equals(".") || note.startsWith(". (synced from")) {
            return "";
        }
        return note;
    }

    private LocalDate date(String cell, long line) {
        var place = new RowProblem.Place(fileName, line, "date", today);
        var match = DATE.matcher(cell.strip());
        int month = match.matches() ? MONTHS.indexOf(match.group(2).toLowerCase(Locale.ROOT)) : -1;
        if (month < 0) {
            throw place.problem(DayText.quoted(cell) + " is not a Bearable date (as “9th Mar 2024”)");
        }
        return RowProblem.date(Integer.parseInt(match.group(3)), month + 1, Integer.parseInt(match.group(1)),
                cell.strip(), place);
    }

    private LocalDate isoDate(String cell, long line) {
        var place = new RowProblem.Place(fileName, line, "date formatted", today);
        var match = ISO_DATE.matcher(cell.strip());
        if (!match.matches()) {
            throw place.problem(DayText.quoted(cell) + " is not a date (as 2024-03-09)");
        }
        return RowProblem.date(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)),
                Integer.parseInt(match.group(3)), cell.strip(), place);
    }
}
