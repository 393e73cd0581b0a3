package org.headback.chart;

import java.util.Optional;
import org.headback.text.Coded;

/** The charts; the code is the name on the command line: together, months, calendar, cooccurrence, evidence,
 * factors. */
public enum ChartKind implements Coded {
    TOGETHER, MONTHS, CALENDAR, COOCCURRENCE, EVIDENCE, FACTORS;

    public String title() {
        return label();
    }

    public static Optional<ChartKind> ofCode(String text) {
        return Coded.parse(ChartKind.class, text);
    }
}
