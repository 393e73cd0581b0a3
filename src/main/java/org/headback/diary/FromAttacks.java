package org.headback.diary;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The doors' half of the rule for a day with attacks ({@link DayEntry}): a headache, kind or hours typed beside the
 * attacks must say what the attacks say, else the field is refused rather than silently changed.
 */
final class FromAttacks {
    private FromAttacks() {
    }

    /** What each field given beside the day's attacks contradicts, by field; empty when none does. */
    static Map<DayField, String> contradictions(Map<DayField, String> values, DayEntry day) {
        var problems = new LinkedHashMap<DayField, String>();
        if (!day.hasAttacks()) {
            return problems;
        }
        given(values, DayField.HEADACHE).map(text -> DayText.scale(DayField.HEADACHE, text))
                .filter(score -> score != day.headache()).ifPresent(score -> problems.put(DayField.HEADACHE,
                        score + " is given, but the highest peak of the day's attacks is " + day.headache()));
        given(values, DayField.HEADACHE_KIND).flatMap(DayText::kind).filter(kind -> !day.headacheKind()
                .equals(Optional.of(kind))).ifPresent(kind -> problems.put(DayField.HEADACHE_KIND, kind.code()
                + " is given, but the attack with the highest peak is " + day.headacheKind().map(HeadacheKind::code)
                .orElse("of no kind")));
        var hours = given(values, DayField.HEADACHE_HOURS).map(text -> DayText.optionalHours(DayField.HEADACHE_HOURS,
                text).getAsDouble());
        hours.filter(given -> day.headacheHours().isEmpty() || day.headacheHours().getAsDouble() != given)
                .ifPresent(given -> problems.put(DayField.HEADACHE_HOURS, DayText.hours(given) + " is given, but "
                        + (day.headacheHours().isEmpty() ? "no attack's duration is known"
                        : "the attacks' durations add up to " + DayText.hours(day.headacheHours().getAsDouble()))));
        return problems;
    }

    private static Optional<String> given(Map<DayField, String> values, DayField field) {
        return Optional.ofNullable(values.get(field)).filter(text -> !text.isBlank());
    }
}
