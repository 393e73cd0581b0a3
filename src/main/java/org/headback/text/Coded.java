package org.headback.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * An enum whose constants have a short code for CSV files and the command line (the constant's name in lower case:
 * {@code LOWER_BACK} is "lower_back") and a label for people, read from the {@code labels} bundle of the enum's own
 * package under "EnumName.CONSTANT" ({@code BackLocation.LOWER_BACK=Lower back}). {@code CodedLabelsTest} checks
 * that every constant has its label.
 */
public interface Coded {
    /** The constant's name; every enum has it. */
    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    default String label() {
        var type = ((Enum<?>) this).getDeclaringClass();
        return ResourceBundle.getBundle(type.getPackageName() + ".labels", Locale.ROOT)
                .getString(type.getSimpleName() + "." + name());
    }

    /** The constant whose code is {@code text}, ignoring case, spaces and hyphens: "Tension-type", tension_type. */
    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String text) {
        var wanted = text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.code().equals(wanted)).findFirst();
    }

    /** "a, b or c": the codes, for messages that say what is allowed. */
    static <E extends Enum<E> & Coded> String allowed(Class<E> type) {
        var codes = Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.toList());
        var last = codes.remove(codes.size() - 1);
        return String.join(", ", codes) + " or " + last;
    }
}
