package org.headback.diary.other;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.headback.diary.DayText;
import org.headback.diary.DiaryCsvReader;
import org.headback.diary.csv.CsvFormatException;
import org.headback.diary.csv.CsvReader;
import org.headback.diary.csv.CsvRecord;
import org.headback.work.Progress;

/**
 * Reads Flaredown's export ({@code data.csv}): one row per check-in, a column per condition, symptom and treatment
 * the user ever used, then tags, foods and (since October 2021) six weather columns. The header does not say which
 * column is a condition and which a treatment; the values do: a column of whole numbers is scored 0–4, any other is
 * a treatment. A check-in's date is the first ten characters of {@code Date}, the day the user picked; its time is
 * the server's and is never converted.
 */
final class FlaredownReader {
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern WHOLE = Pattern.compile("\\d+");
    private static final String TAKEN = "Taken";
    private static final String NOT_TAKEN = "Not Taken";
    private static final Pattern LIST_SEPARATOR = Pattern.compile(Pattern.quote("; "));
    private static final int MAX_SCORE = 4;

    private final String fileName;
    private final LocalDate today;
    private final Collected found;

    private FlaredownReader(String fileName, LocalDate today) {
        this.fileName = fileName;
        found = new Collected(fileName);
        this.today = today;
    }

    static OtherDiary read(String fileName, CsvRecord header, CsvReader csv, LocalDate today, Progress progress)
            throws IOException, CsvFormatException {
        return new FlaredownReader(fileName, today).read(header, csv, progress);
    }

    private OtherDiary read(CsvRecord header, CsvReader csv, Progress progress)
            throws IOException, CsvFormatException {
        var names = header.fields();
        boolean weather = Recognition.hasFlaredownWeather(names);
        int tags = names.size() - (weather ? Recognition.FLAREDOWN_WEATHER.size() : 0) - 2;
        var columns = unique(names.subList(1, tags));
        var rows = new ArrayList<CsvRecord>();
        for (var row = DiaryCsvReader.nextRow(csv); row.isPresent(); row = DiaryCsvReader.nextRow(csv)) {
            progress.stopIfAsked();
            if (row.get().fields().size() != names.size()) {
                throw RowProblem.at(fileName, row.get().line(), "the row", "it has " + row.get().fields().size()
                        + " fields, but the header names " + names.size() + " columns");
            }
            rows.add(row.get());
        }
        var treatment = treatments(columns, rows);
        boolean sureTaken = weather || rows.stream().anyMatch(row -> row.fields().subList(1, tags).stream()
                .anyMatch(cell -> cell.equals(TAKEN) || cell.equals(NOT_TAKEN)));
        for (int i = 0; i < columns.size(); i++) {
            found.known(columns.get(i), treatment[i] ? Trackable.Kind.MEDICINE
                    : Trackable.Kind.SCORE, treatment[i] && !sureTaken);
        }
        for (var row : rows) {
            checkIn(row, columns, treatment, tags, weather, sureTaken);
        }
        return found.diary(fileName, Source.FLAREDOWN, sureTaken ? "the export since October 2021"
                : "an export from before October 2021");
    }

    /**
     * The column names, each once: two trackables of different kinds can share a name, and the second is called
     * "Headache (2)".
     */
    static List<String> unique(List<String> names) {
        var seen = new HashMap<String, Integer>();
        var unique = new ArrayList<String>();
        for (var name : names) {
            int times = seen.merge(name.strip(), 1, Integer::sum);
            unique.add(times == 1 ? name.strip() : name.strip() + " (" + times + ")");
        }
        return unique;
    }

    /** Which columns are treatments: those with a cell that is not a whole number. */
    private static boolean[] treatments(List<String> columns, List<CsvRecord> rows) {
        var treatment = new boolean[columns.size()];
        for (var row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                var cell = row.fields().get(i + 1).strip();
                treatment[i] |= !cell.isEmpty() && !WHOLE.matcher(cell).matches();
            }
        }
        return treatment;
    }

    private void checkIn(CsvRecord row, List<String> columns, boolean[] treatment, int tags, boolean weather,
                         boolean sureTaken) {
        var fields = row.fields();
        var day = date(fields.get(0), row.line());
        found.row(day, row.line());
        for (int i = 0; i < columns.size(); i++) {
            var cell = fields.get(i + 1).strip();
            if (cell.isEmpty()) {
                continue;
            }
            if (treatment[i]) {
                treatment(day, columns.get(i), cell, row.line(), sureTaken);
            } else {
                found.reading(new Reading(day, columns.get(i), score(cell, columns.get(i), row.line()), row.line()));
            }
        }
        for (var tag : list(fields.get(tags))) {
            found.tag(day, tag, row.line());
        }
        if (!list(fields.get(tags + 1)).isEmpty()) {
            found.notUsed("Foods", "check-in");
        }
        if (weather && fields.subList(tags + 2, fields.size()).stream().anyMatch(cell -> !cell.isBlank())) {
            found.notUsed("Weather", "check-in");
        }
    }

    private void treatment(LocalDate day, String name, String cell, long line, boolean sureTaken) {
        if (cell.equals(NOT_TAKEN)) {
            return;
        }
        found.intake(day, name, cell.equals(TAKEN) && sureTaken ? "" : cell, Optional.empty(), line);
    }

    private int score(String cell, String column, long line) {
        int score = cell.length() == 1 ? cell.charAt(0) - '0' : Integer.MAX_VALUE;
        if (score > MAX_SCORE) {
            throw RowProblem.at(fileName, line, column, cell + " is not on Flaredown's scale of 0 to 4");
        }
        return RowProblem.fromFourPoint(score);
    }

    private LocalDate date(String cell, long line) {
        var place = new RowProblem.Place(fileName, line, "Date", today);
        var match = DATE.matcher(cell.strip());
        if (!match.matches()) {
            throw place.problem(DayText.quoted(cell)
                    + " is not a Flaredown date (2024-03-12 or 2024-03-12T05:02:44+00:00)");
        }
        return RowProblem.date(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)),
                Integer.parseInt(match.group(3)), cell.strip().substring(0, 10), place);
    }

    /** Tags and foods joined with "; "; an empty cell is an empty list. */
    private static List<String> list(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        return LIST_SEPARATOR.splitAsStream(cell).map(String::strip)
                .filter(item -> !item.isEmpty()).distinct().toList();
    }
}
