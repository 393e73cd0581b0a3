package org.headback.diary.other;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.headback.diary.DayEntry;
import org.headback.diary.DayText;
import org.headback.diary.ImportException;

/** The words of an import's refusal, as every reader says it: "file.csv, line 14, Migraine: 7 is not 0 to 4". */
final class RowProblem {
    private RowProblem() {
    }

    static ImportException at(String fileName, long line, String field, String what) {
        return new ImportException(fileName + ", line " + line + ", " + field + ": " + what);
    }

    /** A 0–4 score on HeadBack's 0–10 scale: times 2.5, half up, so 0, 3, 5, 8, 10. */
    static int fromFourPoint(int score) {
        return (score * 5 + 1) / 2;
    }

    /** The date, refused when it is not one, before the diary's earliest day or after today. */
    static LocalDate date(int year, int month, int day, String text, Place place) {
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw place.problem(DayText.quoted(text) + " is not a date that exists");
        }
        return checked(date, place);
    }

    /** A day before the diary's earliest day or after today is refused. */
    static LocalDate checked(LocalDate date, Place place) {
        if (date.isBefore(DayEntry.EARLIEST)) {
            throw place.problem(DayEntry.tooEarly(date));
        }
        if (date.isAfter(place.today())) {
            throw place.problem(date + " is in the future");
        }
        return date;
    }

    /** A field of a row of a file, for refusing its value. */
    record Place(String fileName, long line, String field, LocalDate today) {
        ImportException problem(String what) {
            return at(fileName, line, field, what);
        }
    }
}
