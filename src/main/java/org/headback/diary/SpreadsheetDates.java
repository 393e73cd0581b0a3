package org.headback.diary;

import java.util.regex.Pattern;

/**
 * Dates as a spreadsheet shows them, which is how it saves them in a CSV file unless the date column is formatted
 * otherwise: in the form of its language (20/11/2026, 11/20/2026, 20.11.2026, 2026/11/20), with a time, or, in a
 * column formatted as a number, as its day number (46346). The day and month of most of these forms cannot be told
 * apart, so they are not read; they are named, with what to do.
 */
final class SpreadsheetDates {
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LOCAL_FORM = Pattern.compile("\\d{1,2}[./-] ?\\d{1,2}[./-] ?(\\d{2}|\\d{4})\\.?"
            + "|\\d{4}[./-] ?\\d{1,2}[./-] ?\\d{1,2}\\.?|\\d{4}-\\d{2}-\\d{2}[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    private static final Pattern DAY_NUMBER = Pattern.compile("\\d{5}([.,]0+)?");

    private SpreadsheetDates() {
    }

    /** What to do about a date that could not be read, if it is in a spreadsheet's form; else "". */
    static String hint(String date) {
        var value = date == null ? "" : date.strip();
        if (ISO.matcher(value).matches()) {
            return "";
        }
        if (LOCAL_FORM.matcher(value).matches()) {
            return "; it looks like a date as a spreadsheet shows it: format the date column as YYYY-MM-DD before "
                    + "saving the CSV file";
        }
        if (DAY_NUMBER.matcher(value).matches()) {
            return "; it looks like a spreadsheet's day number: format the date column as a date, YYYY-MM-DD, "
                    + "before saving the CSV file";
        }
        return "";
    }
}
