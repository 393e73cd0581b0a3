package org.headback.chart;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The charts. */
public enum ChartKind {
    TOGETHER("together", "Back pain and headache together"),
    MONTHS("months", "Days per month"),
    CALENDAR("calendar", "Day by day, week by week"),
    COOCCURRENCE("cooccurrence", "How often they fall on the same day"),
    EVIDENCE("evidence", "Your diary beside the published odds ratios");

    private final String code;
    private final String title;

    ChartKind(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** The name on the command line: together, months, calendar, cooccurrence, evidence. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public static Optional<ChartKind> ofCode(String text) {
        var wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.code.equals(wanted)).findFirst();
    }
}
