package org.headback.stats;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The statistics as one JSON object, for the command line and for anyone who wants the numbers elsewhere.
 *
 * <p>Keys, in this order: {@code both, backOnly, headacheOnly, neither, recordedDays, headacheRateWithBackPain,
 * headacheRateWithoutBackPain, oddsRatio, oddsRatioLow, oddsRatioHigh, fisherP, phi, spearmanRho, shiftTestP,
 * enoughData, reason, lag1} (an object with {@code both, backOnly, headacheOnly, neither, pairs, oddsRatio,
 * fisherP}), {@code from, to} (yyyy-MM-dd) and {@code backPainThreshold, headacheThreshold}. An absent value is
 * {@code null}. Numbers are written as {@link Double#toString(double)} writes them, which reads back to the same
 * double; NaN and infinities, which JSON cannot hold, are written as {@code null}.
 */
public final class StatsJson {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");

    private StatsJson() {
    }

    /**
     * The JSON object, indented by two spaces, without a final line break.
     *
     * @param from first day of the range, or null when the range is open
     * @param to   last day of the range, or null when the range is open
     */
    public static String toJson(CooccurrenceStats stats, LocalDate from, LocalDate to, Thresholds thresholds) {
        Objects.requireNonNull(stats, "stats");
        Objects.requireNonNull(thresholds, "thresholds");
        var json = new Writer();
        writeTable(json, stats.table(), "  ");
        json.field("  ", "recordedDays", Integer.toString(stats.recordedDays()));
        json.field("  ", "headacheRateWithBackPain", number(stats.headacheRateWithBackPain()));
        json.field("  ", "headacheRateWithoutBackPain", number(stats.headacheRateWithoutBackPain()));
        json.field("  ", "oddsRatio", number(stats.oddsRatio()));
        json.field("  ", "oddsRatioLow", number(stats.oddsRatioLow()));
        json.field("  ", "oddsRatioHigh", number(stats.oddsRatioHigh()));
        json.field("  ", "fisherP", number(stats.fisherP()));
        json.field("  ", "phi", number(stats.phi()));
        json.field("  ", "spearmanRho", number(stats.spearmanRho()));
        json.field("  ", "shiftTestP", number(stats.shiftTestP()));
        json.field("  ", "enoughData", Boolean.toString(stats.enoughData()));
        json.field("  ", "reason", string(stats.reason()));
        json.open("  ", "lag1");
        LagStats lag = stats.lag1();
        writeTable(json, lag.table(), "    ");
        json.field("    ", "pairs", Integer.toString(lag.pairs()));
        json.field("    ", "oddsRatio", number(lag.oddsRatio()));
        json.field("    ", "fisherP", number(lag.fisherP()));
        json.close("  ");
        json.field("  ", "from", date(from));
        json.field("  ", "to", date(to));
        json.field("  ", "backPainThreshold", Integer.toString(thresholds.backPain()));
        json.field("  ", "headacheThreshold", Integer.toString(thresholds.headache()));
        return json.finish();
    }

    private static void writeTable(Writer json, Table2x2 table, String indent) {
        json.field(indent, "both", Integer.toString(table.both()));
        json.field(indent, "backOnly", Integer.toString(table.backOnly()));
        json.field(indent, "headacheOnly", Integer.toString(table.headacheOnly()));
        json.field(indent, "neither", Integer.toString(table.neither()));
    }

    /** A number as {@link Double#toString(double)} writes it, or null when absent or not finite. */
    static String number(OptionalDouble value) {
        if (value.isEmpty() || !Double.isFinite(value.getAsDouble())) {
            return "null";
        }
        return Double.toString(value.getAsDouble());
    }

    private static String date(LocalDate date) {
        return date == null ? "null" : quote(DATE.format(date));
    }

    private static String string(Optional<String> value) {
        return value.map(StatsJson::quote).orElse("null");
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    static String quote(String text) {
        var out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (ch < 0x20 || ch == '\u2028' || ch == '\u2029') {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Writes members one per line, placing the commas between them. */
    private static final class Writer {
        private final StringBuilder out = new StringBuilder("{");
        private boolean first = true;

        void field(String indent, String key, String value) {
            member(indent, key).append(value);
        }

        void open(String indent, String key) {
            member(indent, key).append('{');
            first = true;
        }

        void close(String indent) {
            out.append('\n').append(indent).append('}');
            first = false;
        }

        String finish() {
            return out.append("\n}").toString();
        }

        private StringBuilder member(String indent, String key) {
            if (!first) {
                out.append(',');
            }
            first = false;
            return out.append('\n').append(indent).append(quote(key)).append(": ");
        }
    }
}
