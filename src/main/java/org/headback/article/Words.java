package org.headback.article;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Content words, crudely stemmed, for telling which heading a paragraph belongs to. */
final class Words {

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in",
        "on", "at", "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "being", "can",
        "could", "does", "do", "did", "how", "what", "why", "when", "where", "which", "who", "whom", "will",
        "would", "should", "may", "might", "must", "it", "its", "this", "that", "these", "those", "you", "your",
        "my", "our", "we", "i", "me", "they", "their", "he", "she", "his", "her", "them", "there", "here", "not",
        "no", "yes", "so", "if", "than", "then", "about", "into", "over", "more", "most", "some", "any", "all",
        "also", "just", "very", "too", "has", "have", "had", "s", "t");

    private static final int STEM_LENGTH = 6;

    private Words() {
    }

    static Set<String> stems(String text) {
        var stems = new HashSet<String>();
        var word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                addStem(stems, word.toString());
                word.setLength(0);
            }
        }
        return stems;
    }

    private static void addStem(Set<String> stems, String word) {
        if (STOP_WORDS.contains(word) || (word.length() < 2 && !Character.isDigit(word.charAt(0)))) {
            return;
        }
        stems.add(stem(word));
    }

    /** Strips a plural or verb ending and keeps the first letters, so "diagnosed" and "diagnosis" meet. */
    static String stem(String word) {
        var base = stripSuffix(word.toLowerCase(Locale.ROOT));
        if (base.endsWith("e") && base.length() > 3) {
            base = base.substring(0, base.length() - 1);
        }
        return base.length() > STEM_LENGTH ? base.substring(0, STEM_LENGTH) : base;
    }

    private static String stripSuffix(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        for (var suffix : new String[] {"ing", "ed", "s"}) {
            if (word.endsWith(suffix) && !word.endsWith("ss") && word.length() - suffix.length() >= 3) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
