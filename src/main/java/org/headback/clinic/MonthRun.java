package org.headback.clinic;

import java.time.YearMonth;
import java.util.Objects;

/** Calendar months in a row, one after the other with no month between, each at or over a line. */
public record MonthRun(YearMonth first, YearMonth last) {
    public MonthRun {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(last + " is before " + first);
        }
    }

    /** How many months: 1 for a run of one month. */
    public int months() {
        return (int) (last.getYear() * 12L + last.getMonthValue() - first.getYear() * 12L - first.getMonthValue()) + 1;
    }

    /** More than 3 months in a row: 4 or more. */
    public boolean longEnough() {
        return months() >= IchdLines.MONTHS_IN_A_ROW;
    }
}
