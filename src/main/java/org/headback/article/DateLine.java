package org.headback.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises a line that is nothing but a date, as pages print above or below their title. */
final class DateLine {

    private static final String STAMP = "(?:published|posted|updated|last updated|date"
        + "|(?:last )?(?:medically |fact[- ]checked |clinically )?reviewed|last (?:modified|edited))(?: on)?:?\\s+";
    private static final Pattern STAMPED = Pattern.compile("(?i)" + STAMP + ".*");
    private static final String PREFIX = "(?:" + STAMP + ")?"
        + "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?";
    private static final Pattern MONTH_FIRST = Pattern.compile(
        PREFIX + "([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
        PREFIX + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?([a-z]{3,9})\\.?,?\\s+(\\d{4})\\.?",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile(
        PREFIX + "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\.?", Pattern.CASE_INSENSITIVE);

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december");

    private static final int MAX_LENGTH = 60;

    private DateLine() {
    }

    /** A line that says when the page was published, updated or reviewed: "Last medically reviewed on May 5, 2023". */
    static boolean isStamp(String line) {
        return STAMPED.matcher(line.strip()).matches() && parse(line).isPresent();
    }

    /** The date the whole line stands for, or empty when the line says anything else. */
    static Optional<LocalDate> parse(String line) {
        if (line.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        var text = line.strip();
        Matcher m = MONTH_FIRST.matcher(text);
        if (m.matches()) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        m = DAY_FIRST.matcher(text);
        if (m.matches()) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        m = NUMERIC.matcher(text);
        if (m.matches()) {
            return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        return Optional.empty();
    }

    /** The month a full name or a three- or four-letter abbreviation names, or 0. */
    private static int month(String name) {
        var lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.size(); i++) {
            var full = MONTHS.get(i);
            if (full.equals(lower) || full.substring(0, 3).equals(lower) || lower.equals("sept") && i == 8) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
