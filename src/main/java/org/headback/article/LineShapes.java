package org.headback.article;

import java.util.Locale;
import java.util.Set;

/** Questions about the shape of one line of text: is it a heading, does it end a sentence, how long is it. */
final class LineShapes {

    static final int HEADING_MAX_WORDS = 15;
    static final int HEADING_MAX_CHARS = 120;

    /** Words a heading does not end on: it would be a fragment cut mid-phrase. */
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "to", "in", "on", "for", "with",
        "and", "or", "but", "at", "by", "from", "as", "into", "about", "than", "that", "your", "our", "their",
        "his", "her", "its", "my", "is", "are", "was", "were", "if", "via");

    private static final String OPENERS = "\"'“‘«([";
    private static final String CLOSERS = "\"'”’»)]";

    private LineShapes() {
    }

    static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    /**
     * A standalone short line that reads as a title: at most 15 words and 120 characters, starting with a
     * capital or a digit, with no full stop inside, not ending in sentence or clause punctuation, nor on a
     * dangling word.
     */
    static boolean isHeadingLike(String line) {
        if (line.isEmpty() || line.length() > HEADING_MAX_CHARS || wordCount(line) > HEADING_MAX_WORDS) {
            return false;
        }
        int first = firstSignificant(line);
        if (first < 0 || !(Character.isUpperCase(line.charAt(first)) || Character.isDigit(line.charAt(first)))) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        boolean goodEnd = Character.isLetterOrDigit(last) || "?!%".indexOf(last) >= 0
            || (CLOSERS.indexOf(last) >= 0 && !endsSentence(line));
        return goodEnd && !DANGLING.contains(lastWord(line)) && !hasInnerStatement(line);
    }

    /** A full stop inside the line: "Rest helps. Call us!" is two sentences, not a heading. */
    private static boolean hasInnerStatement(String line) {
        var sentences = Sentences.split(line);
        return sentences.size() > 1
            && sentences.subList(0, sentences.size() - 1).stream().anyMatch(s -> s.endsWith("."));
    }

    /** Ends with . ! ? : ; or an ellipsis, possibly followed by closing quotes or brackets. */
    static boolean endsSentence(String line) {
        int end = line.length() - 1;
        while (end >= 0 && CLOSERS.indexOf(line.charAt(end)) >= 0) {
            end--;
        }
        return end >= 0 && ".!?:;…".indexOf(line.charAt(end)) >= 0;
    }

    static boolean endsWithColon(String line) {
        return line.endsWith(":") || line.endsWith(":-") || line.endsWith(";");
    }

    /** The first letter of the line is lower case, as in the continuation of a wrapped sentence. */
    static boolean startsLower(String line) {
        int first = firstSignificant(line);
        return first >= 0 && Character.isLowerCase(line.charAt(first));
    }

    static String firstWord(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }

    static String lastWord(String line) {
        int end = line.length();
        while (end > 0 && !Character.isLetterOrDigit(line.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(line.charAt(start - 1))) {
            start--;
        }
        return line.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static int firstSignificant(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (OPENERS.indexOf(line.charAt(i)) < 0) {
                return Character.isLetterOrDigit(line.charAt(i)) ? i : -1;
            }
        }
        return -1;
    }
}
