package org.headback.diary;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The one form of a day: its values as text, field by field, as the window, the command line and a CSV file give
 * them. {@link #read} turns the text into a checked day or says what is wrong with each field; {@link #text} is its
 * inverse, the text the CSV file and the window show. A new field is one more line in {@link #FIELDS}: how its text
 * is read onto a day, and how a day's value is written.
 */
public final class DayForm {
    /**
     * Every field, in the order its text is read: the first problem a door that reports only one says (a CSV row, the
     * command line) is the first of these that does not fit.
     */
    private static final List<Field> FIELDS = List.of(
            new Field(DayField.DATE, (text, day, today) -> day.date(DayText.date(text, today)),
                    day -> day.date().toString()),
            new Field(DayField.BACK_PAIN, (text, day, today) -> day.backPain(DayText.scale(DayField.BACK_PAIN, text)),
                    day -> Integer.toString(day.backPain())),
            new Field(DayField.BACK_PAIN_LOCATION, (text, day, today) -> day.backLocations(DayText.locations(text)),
                    day -> DayText.locationsText(day.backLocations())),
            new Field(DayField.HEADACHE, (text, day, today) -> day.headache(DayText.scale(DayField.HEADACHE, text)),
                    day -> Integer.toString(day.headache())),
            new Field(DayField.MEDICATION, (text, day, today) -> day.medications(DayText.medications(text)),
                    day -> DayText.medicationsText(day.medications())),
            new Field(DayField.NOTES, (text, day, today) -> day.notes(text), DayEntry::notes),
            new Field(DayField.WARNING_SIGNS, (text, day, today) -> day.warningSigns(DayText.warningSigns(text)),
                    day -> DayText.warningSignsText(day.warningSigns())),
            new Field(DayField.HEADACHE_KIND, (text, day, today) -> day.headacheKind(DayText.kind(text).orElse(null)),
                    day -> day.headacheKind().map(HeadacheKind::code).orElse("")),
            new Field(DayField.HEADACHE_HOURS, (text, day, today) -> DayText.optionalHours(DayField.HEADACHE_HOURS,
                    text).ifPresent(day::headacheHours), day -> hours(day.headacheHours())),
            new Field(DayField.SLEEP_HOURS, (text, day, today) -> DayText.optionalHours(DayField.SLEEP_HOURS, text)
                    .ifPresent(day::sleepHours), day -> hours(day.sleepHours())),
            new Field(DayField.STRESS, (text, day, today) -> DayText.optionalScale(DayField.STRESS, text)
                    .ifPresent(day::stress), day -> scale(day.stress())));

    private DayForm() {
    }

    /**
     * Reads every field's text (a field left out, or null, is blank) into a day no later than {@code today}. Every
     * field that does not fit is named; a day is only checked as a whole (a kind given with no headache) once each
     * field fits on its own.
     */
    public static Reading read(Map<DayField, String> values, LocalDate today) {
        var day = DayEntry.undated();
        var problems = new LinkedHashMap<DayField, String>();
        for (var field : FIELDS) {
            try {
                field.reader().read(values.get(field.field()), day, today);
            } catch (InvalidValueException e) {
                problems.putIfAbsent(e.field(), e.problem());
            }
        }
        if (!problems.isEmpty()) {
            return new Reading(Optional.empty(), problems);
        }
        try {
            return new Reading(Optional.of(day.build()), Map.of());
        } catch (InvalidValueException e) {
            return new Reading(Optional.empty(), Map.of(e.field(), e.problem()));
        }
    }

    /** The day these values describe; throws {@link InvalidValueException} for the first field that does not fit. */
    public static DayEntry day(Map<DayField, String> values, LocalDate today) {
        return read(values, today).orThrow();
    }

    /** Every field of the day as text, as {@link #read} reads it back into the same day. */
    public static Map<DayField, String> text(DayEntry day) {
        var text = new EnumMap<DayField, String>(DayField.class);
        for (var field : FIELDS) {
            text.put(field.field(), field.writer().apply(day));
        }
        return text;
    }

    private static String hours(OptionalDouble hours) {
        return hours.isPresent() ? DayText.hours(hours.getAsDouble()) : "";
    }

    private static String scale(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
    }

    /**
     * What the form made of the text: the day, or what is wrong with each field that does not fit ("11 is not
     * between 0 and 10"), in the order the fields are read.
     */
    public record Reading(Optional<DayEntry> day, Map<DayField, String> problems) {
        public Reading {
            if (day.isPresent() == !problems.isEmpty()) {
                throw new IllegalArgumentException("a reading holds a day or problems, not both");
            }
            problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
        }

        /** The day; throws {@link InvalidValueException} for the first field that does not fit. */
        public DayEntry orThrow() {
            return day.orElseThrow(() -> {
                var first = problems.entrySet().iterator().next();
                return new InvalidValueException(first.getKey(), first.getValue());
            });
        }
    }

    /** How one field's text is read onto the day being built; it throws {@link InvalidValueException} if unfit. */
    @FunctionalInterface
    private interface Reader {
        void read(String text, DayEntry.Builder day, LocalDate today);
    }

    /** One field of the form: how its text is read, and how a day's value is written as text. */
    private record Field(DayField field, Reader reader, Function<DayEntry, String> writer) {
    }
}
