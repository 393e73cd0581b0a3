package org.headback.diary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.headback.text.Coded;

/**
 * Reads and writes a day's values as text, one value at a time: what a user types in the window, passes on the
 * command line or keeps in a CSV file. {@link DayForm} reads and writes a whole day with these, and every door into
 * the diary reads a day through it, so the same value is refused the same way everywhere, with an
 * {@link InvalidValueException} that names the field.
 */
public final class DayText {
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A whole number, also as a spreadsheet writes one formatted with decimals: 6, 6.0, 6,00. */
    private static final Pattern WHOLE = Pattern.compile("([+-]?\\d{1,9})([.,]0+)?");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d{1,9}([.,]\\d*)?|[.,]\\d+)");
    /** The decimals hours keep: a spreadsheet formula's 7.33333333333333 is 7.333333. */
    private static final int HOURS_DECIMALS = 6;
    private static final String LIST_SEPARATOR = ";";

    private DayText() {
    }

    /** A calendar date written yyyy-MM-dd that exists, from {@link DayEntry#EARLIEST} to today. */
    public static LocalDate date(String text, LocalDate today) {
        var value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new InvalidValueException(DayField.DATE, "is missing");
        }
        if (!ISO_SHAPE.matcher(value).matches()) {
            throw new InvalidValueException(DayField.DATE, quoted(value) + " is not a date written as yyyy-MM-dd");
        }
        var date = calendarDate(value).orElseThrow(() ->
                new InvalidValueException(DayField.DATE, value + " is not a date"));
        DayEntry.checkDate(date, today);
        return date;
    }

    /** The day that text written yyyy-MM-dd names, of any year; empty when it names none (2026-1-1, 2026-02-30). */
    public static Optional<LocalDate> calendarDate(String text) {
        var value = text == null ? "" : text.strip();
        if (!ISO_SHAPE.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value, ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A whole number from 0 to 10. */
    public static int scale(DayField field, String text) {
        var value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new InvalidValueException(field, "is missing (a whole number from 0 to 10)");
        }
        var whole = WHOLE.matcher(value);
        if (!whole.matches()) {
            throw new InvalidValueException(field, quoted(value) + " is not a whole number from 0 to 10");
        }
        int number = Integer.parseInt(whole.group(1));
        DayEntry.checkScale(field, number);
        return number;
    }

    /** Empty for blank text, else a whole number from 0 to 10. */
    public static OptionalInt optionalScale(DayField field, String text) {
        return isBlank(text) ? OptionalInt.empty() : OptionalInt.of(scale(field, text));
    }

    /**
     * Empty for blank text, else hours from 0 to 24 (a decimal point or comma is fine: 7.5, 7,5), rounded half up to
     * {@link #HOURS_DECIMALS} decimals. The range is checked before rounding: 24.0000001 is over 24.
     */
    public static OptionalDouble optionalHours(DayField field, String text) {
        if (isBlank(text)) {
            return OptionalDouble.empty();
        }
        var value = text.strip().replace(',', '.');
        if (!DECIMAL.matcher(value).matches()) {
            throw new InvalidValueException(field, quoted(text.strip()) + " is not a number of hours from 0 to 24");
        }
        DayEntry.checkHours(field, Double.parseDouble(value));
        return OptionalDouble.of(rounded(value));
    }

    /** A decimal rounded half up; only the first decimal past those kept matters, so the rest is not read. */
    private static double rounded(String decimal) {
        int point = decimal.indexOf('.');
        var kept = point < 0 ? decimal : decimal.substring(0, Math.min(decimal.length(), point + HOURS_DECIMALS + 2));
        return new BigDecimal(kept).setScale(HOURS_DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }

    /** Places separated by semicolons or commas: "lower_back;neck". */
    public static Set<BackLocation> locations(String text) {
        var places = EnumSet.noneOf(BackLocation.class);
        for (var code : items(text, "[;,]")) {
            places.add(Coded.parse(BackLocation.class, code).orElseThrow(() -> new InvalidValueException(
                    DayField.BACK_PAIN_LOCATION, quoted(code) + " is not " + Coded.allowed(BackLocation.class))));
        }
        return places;
    }

    /** Empty for blank text, else one of the kinds. */
    public static Optional<HeadacheKind> kind(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        return Optional.of(Coded.parse(HeadacheKind.class, text).orElseThrow(() -> new InvalidValueException(
                DayField.HEADACHE_KIND, quoted(text.strip()) + " is not " + Coded.allowed(HeadacheKind.class))));
    }

    /**
     * Items separated by semicolons, each "class", "class:name" or "class:name:dose", perhaps followed by
     * ":details" ({@link MedicationDetails}): "triptan:sumatriptan:50 mg:taken 14:30, attack 1, relief a_lot".
     */
    public static List<Medication> medications(String text) {
        var list = new ArrayList<Medication>();
        for (var item : items(text, LIST_SEPARATOR)) {
            var parts = item.split(":", 4);
            if (parts.length > 3 && !MedicationDetails.looksLikeDetails(parts[3])) {
                throw new InvalidValueException(DayField.MEDICATION, quoted(item)
                        + " has more than class:name:dose");
            }
            var medicationClass = Coded.parse(MedicationClass.class, parts[0]).orElseThrow(() ->
                    new InvalidValueException(DayField.MEDICATION, quoted(parts[0].strip()) + " is not "
                            + Coded.allowed(MedicationClass.class)));
            var name = parts.length > 1 ? parts[1] : "";
            var medication = new Medication(medicationClass, name, parts.length > 2 ? parts[2] : "");
            list.add(parts.length > 3 ? MedicationDetails.read(medication, parts[3]) : medication);
        }
        return list;
    }

    /** Warning-sign codes separated by semicolons or commas: "fever_chills;weight_loss". */
    public static Set<String> warningSigns(String text) {
        var catalogue = WarningSigns.catalogue();
        var codes = new LinkedHashSet<String>();
        for (var code : items(text, "[;,]")) {
            codes.add(catalogue.find(code).orElseThrow(() -> catalogue.unknown(code)).code());
        }
        return catalogue.ordered(codes);
    }

    /** "fever_chills;weight_loss", in the checklist's order, as {@link #warningSigns} reads it. */
    public static String warningSignsText(Set<String> codes) {
        return String.join(LIST_SEPARATOR, WarningSigns.catalogue().ordered(codes));
    }

    /** "lower_back;neck", in a fixed order. */
    public static String locationsText(Set<BackLocation> places) {
        return places.stream().sorted().map(BackLocation::code).collect(Collectors.joining(LIST_SEPARATOR));
    }

    /** "triptan:sumatriptan:50 mg;other", as {@link #medications} reads it. */
    public static String medicationsText(List<Medication> medications) {
        return medications.stream().map(DayText::medicationText).collect(Collectors.joining(LIST_SEPARATOR));
    }

    private static String medicationText(Medication medication) {
        var text = medication.medicationClass().code();
        if (medication.hasDetails()) {
            return text + ":" + medication.name() + ":" + medication.dose() + ":" + MedicationDetails.text(medication);
        }
        if (!medication.name().isEmpty() || !medication.dose().isEmpty()) {
            text += ":" + medication.name();
        }
        return medication.dose().isEmpty() ? text : text + ":" + medication.dose();
    }

    /** Factor names separated by semicolons: "coffee;long drive". */
    public static Set<String> factors(String text) {
        return new LinkedHashSet<>(items(text, LIST_SEPARATOR));
    }

    /** "coffee;Long drive", sorted ignoring case, as {@link #factors} reads it. */
    public static String factorsText(Set<String> names) {
        return names.stream().sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining(LIST_SEPARATOR));
    }

    /**
     * Empty for blank text, else a time of day written H:MM or HH:MM, 00:00 to 23:59, refused on {@code field} as
     * "the time taken “25:00” is not a time of day from 00:00 to 23:59".
     */
    public static Optional<LocalTime> optionalTime(DayField field, String what, String text) {
        return isBlank(text) ? Optional.empty() : Optional.of(TimeText.time(field, what, text));
    }

    /** Hours as people write them: 8, 7.5, 0.25. */
    public static String hours(double hours) {
        if (Double.isNaN(hours) || Double.isInfinite(hours)) {
            return Double.toString(hours);
        }
        return BigDecimal.valueOf(hours).stripTrailingZeros().toPlainString();
    }

    private static List<String> items(String text, String separators) {
        if (isBlank(text)) {
            return List.of();
        }
        var items = new ArrayList<String>();
        for (var item : text.split(separators)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** A value as a message shows it: in quotes, cut after 40 characters. */
    public static String quoted(String value) {
        var shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return "“" + shown + "”";
    }
}
