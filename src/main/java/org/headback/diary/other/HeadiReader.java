package org.headback.diary.other;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;
import org.headback.diary.DayText;
import org.headback.diary.DiaryCsvReader;
import org.headback.diary.csv.CsvFormatException;
import org.headback.diary.csv.CsvReader;
import org.headback.diary.csv.CsvRecord;
import org.headback.work.Progress;

/**
 * Reads Headi's export: one row per episode of a pain type the user named, {@code _id, pain, start_date, end_date,
 * duration, strength, medication, medication_amount, description}, times in milliseconds since 1970 (UTC), the
 * strength 0–10, at most one medicine counted in pieces. An episode belongs to the local day it started, in the
 * time zone given (the file has none). The literal {@code null} is an empty value. Versions before 1.10.10 did not
 * quote the description, so everything after the eighth comma is the description; those before 1.10.0 had none.
 */
final class HeadiReader {
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");
    private static final int DESCRIPTION = 8;
    private static final String NULL = "null";

    private final String fileName;
    private final LocalDate today;
    private final ZoneId zone;
    private final Collected found;

    private HeadiReader(String fileName, LocalDate today, ZoneId zone) {
        this.fileName = fileName;
        found = new Collected(fileName);
        this.today = today;
        this.zone = zone;
    }

    static OtherDiary read(String fileName, CsvRecord header, CsvReader csv, LocalDate today, ZoneId zone,
                           Progress progress) throws IOException, CsvFormatException {
        return new HeadiReader(fileName, today, zone).read(csv, header.fields().size() > DESCRIPTION, progress);
    }

    private OtherDiary read(CsvReader csv, boolean described, Progress progress)
            throws IOException, CsvFormatException {
        for (var row = DiaryCsvReader.nextRow(csv); row.isPresent(); row = DiaryCsvReader.nextRow(csv)) {
            progress.stopIfAsked();
            episode(row.get(), described);
        }
        return found.diary(fileName, Source.HEADI, (described ? "with descriptions" : "without descriptions")
                + ", times in " + zone.getId());
    }

    private void episode(CsvRecord row, boolean described) {
        var fields = row.fields();
        int expected = described ? DESCRIPTION + 1 : DESCRIPTION;
        if (fields.size() < expected || !described && fields.size() > expected) {
            throw RowProblem.at(fileName, row.line(), "the row", "it has " + fields.size() + " fields, but the "
                    + "header names " + expected + " columns");
        }
        long line = row.line();
        var pain = value(fields.get(1));
        if (pain.isEmpty()) {
            throw RowProblem.at(fileName, line, "pain", "the episode names no pain type");
        }
        var start = instant(fields.get(2), "start_date", line);
        var end = instant(fields.get(3), "end_date", line);
        if (end.isBefore(start)) {
            throw RowProblem.at(fileName, line, "end_date", "the episode ends before it starts");
        }
        var local = start.atZone(zone).toLocalDateTime();
        var day = RowProblem.checked(local.toLocalDate(), new RowProblem.Place(fileName, line, "start_date",
                today));
        found.row(day, line);
        int strength = whole(fields.get(5), "strength", line);
        if (strength < 0 || strength > 10) {
            throw RowProblem.at(fileName, line, "strength", strength + " is not on Headi's scale of 0 to 10");
        }
        var minutes = Math.max(1, Duration.between(start.truncatedTo(ChronoUnit.MINUTES),
                end.truncatedTo(ChronoUnit.MINUTES)).toMinutes());
        found.reading(new Reading(day, pain, strength, line,
                Optional.of(local.toLocalTime().truncatedTo(ChronoUnit.MINUTES)),
                Optional.of(Duration.ofMinutes(minutes))));
        var medicine = value(fields.get(6));
        int pieces = fields.get(7).isBlank() || value(fields.get(7)).isEmpty() ? 0
                : whole(fields.get(7), "medication_amount", line);
        if (pieces < 0) {
            throw RowProblem.at(fileName, line, "medication_amount", pieces + " is not a number of pieces");
        }
        if (!medicine.isEmpty() && pieces > 0) {
            found.intake(day, medicine, "× " + pieces, Optional.empty(), line);
        }
        if (described) {
            var description = value(String.join(",", fields.subList(DESCRIPTION, fields.size())));
            if (!description.isEmpty()) {
                found.note(day, description, line);
            }
        }
    }

    private static String value(String cell) {
        var value = cell.strip();
        return value.equals(NULL) ? "" : value;
    }

    private Instant instant(String cell, String column, long line) {
        return Instant.ofEpochMilli(wholeLong(cell, column, line));
    }

    private int whole(String cell, String column, long line) {
        long value = wholeLong(cell, column, line);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    private long wholeLong(String cell, String column, long line) {
        var value = cell.strip();
        if (!WHOLE.matcher(value).matches()) {
            throw RowProblem.at(fileName, line, column, DayText.quoted(cell) + " is not a whole number");
        }
        return Long.parseLong(value);
    }
}
