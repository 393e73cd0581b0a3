package org.headback.ui.charts;

import java.time.LocalDate;
import java.util.Optional;
import org.headback.diary.DateRange;
import org.headback.ui.DayPickers;

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
     * The range this choice means on {@code today}, the last day a range can reach
     * ({@link org.headback.diary.Diary#latestDay}); {@code firstRecorded} is the diary's first day (for "All"), and
     * the custom dates are used for "Custom". Every range is {@link DateRange#recordable}: it ends that day at the
     * latest and
     * starts no earlier than the earliest day a diary takes. Empty when a custom range has a
     * {@link DateRange#problem}.
     */
    Optional<DateRange> range(LocalDate today, Optional<LocalDate> firstRecorded, LocalDate customFrom,
                              LocalDate customTo) {
        return switch (this) {
            case LAST_30_DAYS -> Optional.of(DateRange.lastDays(30, today));
            case LAST_90_DAYS -> Optional.of(DateRange.lastDays(90, today));
            case LAST_12_MONTHS -> Optional.of(new DateRange(today.minusYears(1).plusDays(1), today));
            case ALL -> DateRange.recordable(firstRecorded.filter(first -> first.isBefore(today)).orElse(today),
                    today, today);
            case CUSTOM -> DateRange.problem(customFrom, customTo, today, today, DayPickers.rangeFields(true))
                    .isPresent() ? Optional.empty()
                    : DateRange.recordable(customFrom, customTo, today);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
