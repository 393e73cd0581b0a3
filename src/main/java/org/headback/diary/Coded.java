package org.headback.diary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum with a short code for CSV files and the command line ("lower_back") and a label for people. */
interface Coded {
    String code();

    String label();

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
