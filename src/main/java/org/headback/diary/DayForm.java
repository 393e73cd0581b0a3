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
 *
 * <p>The text of each field:
 * <ul>
 * <li>{@code medication}: items separated by {@code ;}, each {@code class}, {@code class:name} or
 *     {@code class:name:dose}, then perhaps {@code :} and details separated by commas, each optional, in any order:
 *     {@code taken HH:MM}, {@code attack N} (the day's attack it was for, counted from 1) and {@code relief R}
 *     (how much it helped two hours later: {@code not_at_all}, {@code a_little}, {@code a_lot},
 *     {@code pain_gone}). Example: {@code triptan:sumatriptan:50 mg:taken 14:30, attack 1, relief a_lot}.</li>
 * <li>{@code attacks}: items separated by {@code |}, each {@code start;duration;peak;kind;aura;with;cost;note},
 *     where only the peak (0–10) is required and empty parts at the end may be left out. The start is
 *     {@code HH:MM}, or {@code HH:MM-HH:MM} to give the end time instead of the duration (an end before the start
 *     is past midnight: {@code 22:00-02:00} is 4 hours, and the attack belongs to the day it started); the duration
 *     is hours and minutes ({@code 3h}, {@code 45m}, {@code 2h30m}, 1 minute to 72 hours); kind as
 *     {@code headache_kind}; aura {@code yes}, {@code no} or {@code not_sure}; with: {@code nausea},
 *     {@code light}, {@code sound} separated by commas; cost: {@code lay_down}, {@code missed_work_or_school}
 *     separated by commas; the note is the rest of the item (it may hold {@code ;}), and a {@code |} or {@code \} in
 *     it is written {@code \|} or {@code \\} (a backslash keeps the next character as it is). Example:
 *     {@code 14:00;3h;7;migraine;no;nausea,light;lay_down;long drive | 21:30;45m;4}. The text is written with the
 *     start and the duration, never the end.</li>
 * <li>{@code factors}: the names of the factors ticked, separated by {@code ;}, written sorted ignoring case.</li>
 * </ul>
 * Text without attacks or factors (blank, or left out, as in every older file) reads as a day without them. With
 * attacks, the headache, its kind and its hours come from them ({@link DayEntry}): the headache may be left blank,
 * and a headache, kind or hours given that says otherwise is refused on its own field.
 */
public final class DayForm {
    /**
     * Every field, in the order its text is read: the first problem a door that reports only one says (a CSV row, the
     * command line) is the first of these that does not fit.
     */
    private static final List<Field> FIELDS = List.of(
            new Field(DayField.DATE, (text, day, form) -> day.date(DayText.date(text, form.today())),
                    day -> day.date().toString()),
            new Field(DayField.BACK_PAIN, (text, day, form) -> day.backPain(DayText.scale(DayField.BACK_PAIN, text)),
                    day -> Integer.toString(day.backPain())),
            new Field(DayField.BACK_PAIN_LOCATION, (text, day, form) -> day.backLocations(DayText.locations(text)),
                    day -> DayText.locationsText(day.backLocations())),
            new Field(DayField.HEADACHE, (text, day, form) -> {
                if (!form.hasAttacks() || !isBlank(text)) {
                    day.headache(DayText.scale(DayField.HEADACHE, text));
                }
            }, day -> Integer.toString(day.headache())),
            new Field(DayField.MEDICATION, (text, day, form) -> day.medications(DayText.medications(text)),
                    day -> DayText.medicationsText(day.medications())),
            new Field(DayField.NOTES, (text, day, form) -> day.notes(text), DayEntry::notes),
            new Field(DayField.WARNING_SIGNS, (text, day, form) -> day.warningSigns(DayText.warningSigns(text)),
                    day -> DayText.warningSignsText(day.warningSigns())),
            new Field(DayField.HEADACHE_KIND, (text, day, form) -> day.headacheKind(DayText.kind(text).orElse(null)),
                    day -> day.headacheKind().map(HeadacheKind::code).orElse("")),
            new Field(DayField.HEADACHE_HOURS, (text, day, form) -> DayText.optionalHours(DayField.HEADACHE_HOURS,
                    text).ifPresent(day::headacheHours), day -> hours(day.headacheHours())),
            new Field(DayField.SLEEP_HOURS, (text, day, form) -> DayText.optionalHours(DayField.SLEEP_HOURS, text)
                    .ifPresent(day::sleepHours), day -> hours(day.sleepHours())),
            new Field(DayField.STRESS, (text, day, form) -> DayText.optionalScale(DayField.STRESS, text)
                    .ifPresent(day::stress), day -> scale(day.stress())),
            new Field(DayField.ATTACKS, (text, day, form) -> day.attacks(AttackText.attacks(text)),
                    day -> AttackText.attacksText(day.attacks())),
            new Field(DayField.FACTORS, (text, day, form) -> day.factors(DayText.factors(text)),
                    day -> DayText.factorsText(day.factors())));

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
        var form = new Form(today, givesAttacks(values.get(DayField.ATTACKS)));
        for (var field : FIELDS) {
            try {
                field.reader().read(values.get(field.field()), day, form);
            } catch (InvalidValueException e) {
                problems.putIfAbsent(e.field(), e.problem());
            }
        }
        if (!problems.isEmpty()) {
            return new Reading(Optional.empty(), problems);
        }
        try {
            var built = day.build();
            var contradicted = FromAttacks.contradictions(values, built);
            return contradicted.isEmpty() ? new Reading(Optional.of(built), Map.of())
                    : new Reading(Optional.empty(), contradicted);
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

    /** Whether the text names an attack, or tries to: a bad one is said on its own field, not as a missing headache. */
    private static boolean givesAttacks(String text) {
        try {
            return !AttackText.attacks(text).isEmpty();
        } catch (InvalidValueException e) {
            return true;
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
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
        void read(String text, DayEntry.Builder day, Form form);
    }

    /** What a field's reading may depend on beyond its own text: today, and whether the day has attacks. */
    private record Form(LocalDate today, boolean hasAttacks) {
    }

    /** One field of the form: how its text is read, and how a day's value is written as text. */
    private record Field(DayField field, Reader reader, Function<DayEntry, String> writer) {
    }
}
