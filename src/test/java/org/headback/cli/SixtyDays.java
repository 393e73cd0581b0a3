package org.headback.cli;

import java.time.LocalDate;

/**
 * Sixty days ending today, as a CSV file's text: a third without back pain, headaches on most back-pain days and on
 * some others, so that every figure of the charts, the statistics and the report has data.
 */
final class SixtyDays {
    /** The day, counted back from today, that {@link #withWorstDay} makes the worst and gives a note. */
    static final int WORST_DAY_AGO = 10;

    private SixtyDays() {
    }

    static String csv(LocalDate today) {
        return withWorstDay(today, "");
    }

    /** The same days, but the one {@link #WORST_DAY_AGO} days back has back pain 9 and this note (unless empty). */
    static String withWorstDay(LocalDate today, String note) {
        return days(today, 60, WORST_DAY_AGO, note);
    }

    /**
     * The same pattern over {@code count} days ending on {@code last}; the day {@code worstAgo} days before
     * {@code last} has back pain 9 and this note (unless it is empty).
     */
    static String days(LocalDate last, int count, int worstAgo, String note) {
        var csv = new StringBuilder("date,back_pain,headache,notes\n");
        for (int i = count - 1; i >= 0; i--) {
            boolean worst = i == worstAgo && !note.isEmpty();
            int back = worst ? 9 : (i % 3 == 0 ? 0 : 5);
            int headache = i % 3 == 0 ? (i % 2) * 3 : (i % 4 == 0 ? 0 : 6);
            csv.append(last.minusDays(i)).append(',').append(back).append(',').append(headache).append(',')
                    .append(worst ? '"' + note.replace("\"", "\"\"") + '"' : "").append('\n');
        }
        return csv.toString();
    }
}
