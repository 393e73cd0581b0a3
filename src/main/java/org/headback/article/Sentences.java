package org.headback.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits running text into sentences, without breaking after common abbreviations such as "Dr." or "et al.". */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "prof", "st", "sr", "jr",
        "vs", "etc", "al", "fig", "figs", "inc", "ltd", "co", "corp", "dept", "approx", "ca", "mt", "ft", "vol",
        "pp", "ed", "eds", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static final String ENDERS = ".!?…";
    private static final String CLOSERS = "\"'”’»)]";
    private static final String OPENERS = "\"'“‘«([";

    private Sentences() {
    }

    static List<String> split(String text) {
        var sentences = new ArrayList<String>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (ENDERS.indexOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && (ENDERS.indexOf(text.charAt(end)) >= 0
                || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
                end++;
            }
            if (isBoundary(text, i, end)) {
                addTrimmed(sentences, text.substring(start, end));
                start = end;
            }
            i = end;
        }
        addTrimmed(sentences, text.substring(start));
        return sentences;
    }

    /** Whether the punctuation at {@code mark}, running to {@code end}, closes a sentence. */
    private static boolean isBoundary(String text, int mark, int end) {
        if (end >= text.length() || !Character.isWhitespace(text.charAt(end))) {
            return false;
        }
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return false;
        }
        char c = text.charAt(next);
        // A lower-case start counts too: scraped text often lost its capitals, and abbreviations are caught below.
        boolean opens = Character.isLetterOrDigit(c) || OPENERS.indexOf(c) >= 0;
        return opens && !(text.charAt(mark) == '.' && isAbbreviation(text, mark));
    }

    private static boolean isAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        var word = text.substring(start, dot);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        boolean dotted = word.length() == 1 && start > 0 && text.charAt(start - 1) == '.';
        return initial || dotted || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void addTrimmed(List<String> sentences, String piece) {
        var trimmed = piece.strip();
        if (!trimmed.isEmpty()) {
            sentences.add(trimmed);
        }
    }
}
