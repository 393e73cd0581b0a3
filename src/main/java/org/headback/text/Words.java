package org.headback.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The one place for counted words and the sentences built around numbers: plural-aware patterns in
 * {@code words.properties} ({@link MessageFormat} with {@code choice}), never {@code n == 1 ? … : …} in code. Keeping
 * the words in one bundle also prepares a translation.
 */
public final class Words {
    /** The language of HeadBack's words, and of the numbers inside them ("1,234 days"). */
    public static final Locale LANGUAGE = Locale.ENGLISH;
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.headback.text.words", LANGUAGE);

    private Words() {
    }

    /** "1 day", "2 days", "1,234 days": the count with the noun of {@code count.<noun>} in the bundle. */
    public static String count(String noun, long n) {
        return format("count." + noun, n);
    }

    /**
     * "at least 12 headache days": a count that is a floor, as in a month or 30 days not fully recorded, with the noun
     * of {@code count.<noun>}.
     */
    public static String atLeast(String noun, long n) {
        return format("at-least", count(noun, n));
    }

    /** "at least 12": a bare count that is a floor. */
    public static String atLeast(long n) {
        return format("at-least", Long.toString(n));
    }

    /** The bundle's pattern {@code key} with its arguments. */
    public static String format(String key, Object... arguments) {
        Objects.requireNonNull(key, "key");
        return new MessageFormat(pattern(key), LANGUAGE).format(arguments);
    }

    /**
     * A label as it reads inside a sentence: its first word lowercased, the rest as written, so that a name keeps its
     * capitals: "Simple analgesic / NSAID" reads "simple analgesic / NSAID", "NSAID" stays "NSAID".
     */
    public static String inSentence(String label) {
        Objects.requireNonNull(label, "label");
        int end = label.indexOf(' ');
        var first = end < 0 ? label : label.substring(0, end);
        boolean acronym = first.length() > 1 && first.chars().filter(Character::isLetter)
                .allMatch(Character::isUpperCase);
        return acronym || first.isEmpty() ? label : first.toLowerCase(LANGUAGE) + label.substring(first.length());
    }

    /** Whether the bundle has a pattern for {@code key}. */
    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    private static String pattern(String key) {
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No words for " + key + " in words.properties", e);
        }
    }
}
