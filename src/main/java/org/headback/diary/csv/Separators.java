package org.headback.diary.csv;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The field separators of CSV files as spreadsheets save them, and how a file's first line shows which one it uses:
 * comma in English, semicolon where the comma is the decimal sign (German, French…), tab in Excel's "Unicode Text",
 * and whatever an Excel-style {@code sep=X} first line names.
 */
public final class Separators {
    /** The separators looked for in a first line, the one to choose on a tie first. */
    private static final String COMMON = ",;\t";
    private static final Pattern SEP_LINE = Pattern.compile("(?i)(\"?)sep=([^\"\r\n])\\1");

    private Separators() {
    }

    /** The separator in words: "comma", "semicolon", "tab", or the character in quotes. */
    public static String nameOf(char separator) {
        return switch (separator) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "“" + separator + "”";
        };
    }

    /** The separator a line {@code sep=X} (or {@code "sep=X"}, in any case) names; empty for any other line. */
    static Optional<Character> namedBy(CharSequence line) {
        var sepLine = SEP_LINE.matcher(line);
        return sepLine.matches() ? Optional.of(sepLine.group(2).charAt(0)) : Optional.empty();
    }

    /** Whichever of comma, semicolon and tab occurs most often outside quotes in the line; comma on a tie. */
    static char commonestIn(CharSequence line) {
        var counts = new int[COMMON.length()];
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            quoted ^= c == '"';
            int which = COMMON.indexOf(c);
            if (!quoted && which >= 0) {
                counts[which]++;
            }
        }
        int most = 0;
        for (int i = 1; i < counts.length; i++) {
            most = counts[i] > counts[most] ? i : most;
        }
        return COMMON.charAt(most);
    }
}
