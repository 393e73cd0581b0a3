package org.headback.diary;

import java.time.LocalDate;
import java.util.Map;

/** A day from its values as text, field by field, as a CSV row or a form gives them. */
public final class DayRow {
    private DayRow() {
    }

    /** The day these values describe; throws {@link InvalidValueException} for the first value that does not fit. */
    public static DayEntry parse(Map<DayField, String> values, LocalDate today) {
        var builder = DayEntry.on(DayText.date(values.get(DayField.DATE), today))
                .backPain(DayText.scale(DayField.BACK_PAIN, values.get(DayField.BACK_PAIN)))
                .backLocations(DayText.locations(values.get(DayField.BACK_PAIN_LOCATION)))
                .headache(DayText.scale(DayField.HEADACHE, values.get(DayField.HEADACHE)))
                .medications(DayText.medications(values.get(DayField.MEDICATION)))
                .notes(values.getOrDefault(DayField.NOTES, ""))
                .warningSigns(DayText.warningSigns(values.get(DayField.WARNING_SIGNS)));
        DayText.kind(values.get(DayField.HEADACHE_KIND)).ifPresent(builder::headacheKind);
        DayText.optionalHours(DayField.HEADACHE_HOURS, values.get(DayField.HEADACHE_HOURS))
                .ifPresent(builder::headacheHours);
        DayText.optionalHours(DayField.SLEEP_HOURS, values.get(DayField.SLEEP_HOURS)).ifPresent(builder::sleepHours);
        DayText.optionalScale(DayField.STRESS, values.get(DayField.STRESS)).ifPresent(builder::stress);
        return builder.build();
    }
}
