package org.headback.stats;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A before/after comparison as one JSON object: {@code before} and {@code after} (each {@code from, to,
 * recordedDays}), {@code enoughData}, {@code reason}, and {@code measures}, one object per measure with {@code
 * measure, beforePer30, afterPer30, change, changeLow, changeHigh, p} (empty without enough data).
 */
public final class CompareJson {
    private CompareJson() {
    }

    public static String toJson(Comparison comparison, LocalDate[] before, LocalDate[] after) {
        Objects.requireNonNull(comparison, "comparison");
        var out = new StringBuilder("{\n");
        range(out, "before", before, comparison.beforeDays());
        range(out, "after", after, comparison.afterDays());
        out.append("  \"enoughData\": ").append(comparison.enoughData()).append(",\n");
        out.append("  \"reason\": ").append(comparison.reason().map(StatsJson::quote).orElse("null")).append(",\n");
        out.append("  \"measures\": [");
        var changes = comparison.changes();
        for (int i = 0; i < changes.size(); i++) {
            var change = changes.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\"measure\": ").append(StatsJson.quote(change.measure()
                    .code())).append(", \"beforePer30\": ").append(number(change.beforePer30()))
                    .append(", \"afterPer30\": ").append(number(change.afterPer30())).append(", \"change\": ")
                    .append(number(change.change())).append(", \"changeLow\": ").append(number(change.changeLow()))
                    .append(", \"changeHigh\": ").append(number(change.changeHigh())).append(", \"p\": ")
                    .append(number(change.p())).append('}');
        }
        return out.append(changes.isEmpty() ? "]\n}" : "\n  ]\n}").toString();
    }

    private static void range(StringBuilder out, String key, LocalDate[] range, int days) {
        out.append("  ").append(StatsJson.quote(key)).append(": {\"from\": ").append(StatsJson.quote(range[0]
                .toString())).append(", \"to\": ").append(StatsJson.quote(range[1].toString()))
                .append(", \"recordedDays\": ").append(days).append("},\n");
    }

    private static String number(double value) {
        return StatsJson.number(OptionalDouble.of(value));
    }
}
