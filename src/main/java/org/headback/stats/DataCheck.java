package org.headback.stats;

import java.util.Optional;
import org.headback.text.Words;

/** Whether a table of days can carry any statistic at all, and if not, why not, in a sentence for the window. */
final class DataCheck {
    private DataCheck() {
    }

    /** The reason there is not enough data, or empty when there is. */
    static Optional<String> reason(Table2x2 table, Thresholds thresholds) {
        int days = table.total();
        if (days < Cooccurrence.MIN_DAYS) {
            return Optional.of(tooFewDays(days));
        }
        if (table.backPainDays() == 0) {
            return Optional.of("No " + backPain("days", thresholds)
                    + " in this range: without them there is nothing to compare the other days with.");
        }
        if (table.headacheDays() == 0) {
            return Optional.of("No " + headache("days", thresholds)
                    + " in this range: without them there is no link with back pain to look for.");
        }
        if (table.otherDays() == 0) {
            return Optional.of("Every recorded day was a " + backPain("day", thresholds)
                    + " in this range: without days free of back pain there is nothing to compare them with.");
        }
        if (table.headacheFreeDays() == 0) {
            return Optional.of("Every recorded day was a " + headache("day", thresholds)
                    + " in this range: without days free of headache there is no link with back pain to look for.");
        }
        return Optional.empty();
    }

    /** "Only 5 days are recorded in this range: record 9 more to see how often …", what is missing and why. */
    private static String tooFewDays(int days) {
        return Words.format("stats.too-few-days", days, Cooccurrence.MIN_DAYS - days);
    }

    /** "back-pain days", or "back-pain days (back pain of 5 or more)" when the threshold is not the default. */
    private static String backPain(String days, Thresholds thresholds) {
        String name = "back-pain " + days;
        return thresholds.backPain() == 1 ? name : name + " (back pain of " + thresholds.backPain() + " or more)";
    }

    private static String headache(String days, Thresholds thresholds) {
        String name = "headache " + days;
        return thresholds.headache() == 1 ? name : name + " (headache of " + thresholds.headache() + " or more)";
    }
}
