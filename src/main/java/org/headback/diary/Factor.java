package org.headback.diary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A yes/no factor the user ticks on a day (a long drive, coffee, heat on the back), one of the user's own or one
 * switched on from {@link SuggestedFactors}. Its name is unique in the diary ignoring case; renaming it keeps its
 * days, and hiding it keeps them too.
 *
 * @param name      1–{@link #MAX_NAME} characters, no control character and no {@code ;} (lists of names use it)
 * @param effect    what it does to the back, as the user sees it
 * @param hidden    hidden from the day's entry; its ticked days stay
 * @param suggested the code of the suggestion it was switched on from; empty for the user's own
 */
public record Factor(String name, FactorEffect effect, boolean hidden, Optional<String> suggested) {
    public static final int MAX_NAME = 60;

    public Factor {
        name = checkName(name);
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(suggested, "suggested");
    }

    /** One of the user's own factors, shown, with no effect on the back. */
    public static Factor own(String name) {
        return new Factor(name, FactorEffect.NONE, false, Optional.empty());
    }

    /** A factor's name without spaces at its ends; refused, naming the problem, when it cannot be one. */
    public static String checkName(String name) {
        var value = name == null ? "" : name.strip();
        if (value.isEmpty()) {
            throw new InvalidValueException(DayField.FACTORS, "a factor's name is empty");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(DayField.FACTORS, "the factor name "
                    + DayText.quoted(value.replaceAll("\\p{Cntrl}", "�")) + " contains a control character");
        }
        if (value.length() > MAX_NAME) {
            throw new InvalidValueException(DayField.FACTORS, "the factor name " + DayText.quoted(value)
                    + " is longer than " + MAX_NAME + " characters");
        }
        if (value.contains(";")) {
            throw new InvalidValueException(DayField.FACTORS, "the factor name " + DayText.quoted(value)
                    + " cannot contain ;");
        }
        return value;
    }

    /**
     * Names checked one by one, none given twice ignoring case ("Coffee" and "coffee" are one factor), in one order
     * whatever order they came in, so that a day's factors are written, and made new by an import, always alike.
     */
    static Set<String> checkNames(Set<String> names) {
        var seen = new HashMap<String, String>();
        for (var name : names) {
            var checked = checkName(name);
            if (seen.putIfAbsent(sameIgnoringCase(checked), checked) != null) {
                throw new InvalidValueException(DayField.FACTORS, DayText.quoted(checked)
                        + " is ticked twice (names that differ only in case are one factor)");
            }
        }
        var ordered = new ArrayList<>(seen.values());
        ordered.sort(Comparator.comparing(Factor::sameIgnoringCase).thenComparing(Comparator.naturalOrder()));
        return Collections.unmodifiableSet(new LinkedHashSet<>(ordered));
    }

    /**
     * The form of a name under which two names are the same factor: the letters A to Z in lower case, others as they
     * are, as the diary's file compares names ({@code COLLATE NOCASE}), so that the day's checks and the file agree
     * on which names are one factor ("Coffee" and "coffee" are; "Éclair" and "éclair" are two).
     */
    public static String sameIgnoringCase(String name) {
        var folded = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return folded.toString();
    }
}
