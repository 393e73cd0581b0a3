package org.headback.ui.charts;

import java.time.LocalDate;
import java.util.Optional;
import org.headback.chart.DateRange;

/** The ranges the charts offer. */
public enum RangeChoice {
    LAST_30_DAYS("Last 30 days"),
    LAST_90_DAYS("Last 90 days"),
    LAST_12_MONTHS("Last 12 months"),
    ALL("All"),
    CUSTOM("Custom");

    private final String label;

    RangeChoice(String label) {
        this.label = label;
    }

    /**
     * The range this choice means today; {@code firstRecorded} is the diary's first day (for "All"), and the custom
     * dates are used for "Custom". Empty when a custom range is incomplete or reversed.
     */
    Optional<DateRange> range(LocalDate today, Optional<LocalDate> firstRecorded, LocalDate customFrom,
                              LocalDate customTo) {
        return switch (this) {
            case LAST_30_DAYS -> Optional.of(DateRange.lastDays(30, today));
            case LAST_90_DAYS -> Optional.of(DateRange.lastDays(90, today));
            case LAST_12_MONTHS -> Optional.of(new DateRange(today.minusYears(1).plusDays(1), today));
            case ALL -> Optional.of(new DateRange(firstRecorded.filter(first -> first.isBefore(today)).orElse(today),
                    today));
            case CUSTOM -> customFrom == null || customTo == null || customTo.isBefore(customFrom) ? Optional.empty()
                    : Optional.of(new DateRange(customFrom, customTo));
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
