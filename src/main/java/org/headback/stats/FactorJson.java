package org.headback.stats;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The factor analysis as one JSON object: {@code recordedDays}, then {@code sameDay} and {@code nextDay}, each a list
 * with one object per factor with the keys {@code name, kind, knownDays, both, factorOnly, headacheOnly, neither,
 * headacheRateWithFactor, headacheRateWithoutFactor, oddsRatio, oddsRatioLow, oddsRatioHigh, fisherP, holmP,
 * shiftTestP, enoughData, reason, verdict}. Absent values are {@code null}; numbers as in {@link StatsJson}.
 */
public final class FactorJson {
    private FactorJson() {
    }

    /** The JSON object, indented by two spaces, without a final line break. */
    public static String toJson(FactorReport report) {
        Objects.requireNonNull(report, "report");
        var out = new StringBuilder("{\n");
        out.append("  \"recordedDays\": ").append(report.recordedDays()).append(",\n");
        family(out, "sameDay", report.sameDay());
        out.append(",\n");
        family(out, "nextDay", report.nextDay());
        return out.append("\n}").toString();
    }

    private static void family(StringBuilder out, String key, List<FactorFigures> family) {
        out.append("  ").append(StatsJson.quote(key)).append(": [");
        for (int i = 0; i < family.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            factor(out, family.get(i));
        }
        out.append(family.isEmpty() ? "]" : "\n  ]");
    }

    private static void factor(StringBuilder out, FactorFigures figures) {
        String[][] members = {
            {"name", StatsJson.quote(figures.name())},
            {"kind", StatsJson.quote(figures.kind().code())},
            {"knownDays", Integer.toString(figures.knownDays())},
            {"both", Integer.toString(figures.both())},
            {"factorOnly", Integer.toString(figures.factorOnly())},
            {"headacheOnly", Integer.toString(figures.headacheOnly())},
            {"neither", Integer.toString(figures.neither())},
            {"headacheRateWithFactor", number(figures.headacheRateWithFactor())},
            {"headacheRateWithoutFactor", number(figures.headacheRateWithoutFactor())},
            {"oddsRatio", number(figures.oddsRatio())},
            {"oddsRatioLow", number(figures.oddsRatioLow())},
            {"oddsRatioHigh", number(figures.oddsRatioHigh())},
            {"fisherP", number(figures.fisherP())},
            {"holmP", number(figures.holmP())},
            {"shiftTestP", number(figures.shiftTestP())},
            {"enoughData", Boolean.toString(figures.enoughData())},
            {"reason", figures.reason().map(StatsJson::quote).orElse("null")},
            {"verdict", StatsJson.quote(figures.verdict().code())},
        };
        out.append("    {");
        for (int i = 0; i < members.length; i++) {
            out.append(i == 0 ? "\n" : ",\n").append("      ").append(StatsJson.quote(members[i][0])).append(": ")
                    .append(members[i][1]);
        }
        out.append("\n    }");
    }

    private static String number(OptionalDouble value) {
        return StatsJson.number(value);
    }
}
