package org.headback.article;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strips Markdown's inline markup, keeping the words: emphasis, code, links (their text), images (dropped). */
final class MarkdownInline {

    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?://|mailto:)[^>\\s]+)>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>|<!--[^>]*-->");
    private static final Pattern CODE = Pattern.compile("(`{1,3})([^`]+)\\1");
    private static final Pattern STRONG = Pattern.compile("\\*\\*([^*]+)\\*\\*|__([^_]+)__|~~([^~]+)~~");
    private static final Pattern EMPHASIS = Pattern.compile("\\*([^*\\s](?:[^*]*[^*\\s])?)\\*"
        + "|(?<![\\p{L}\\p{N}_])_([^_\\s](?:[^_]*[^_\\s])?)_(?![\\p{L}\\p{N}_])");

    /** Escaped characters hide in the private use area while markup is stripped, so they cannot act as markup. */
    private static final char HIDDEN_BASE = '\uE000';
    /** Characters whose escapes stay for the LaTeX reading: math delimiters, spacing, line breaks. */
    private static final String LEFT_FOR_LATEX = "()[],;:!\\";

    private MarkdownInline() {
    }

    static String toPlain(String markdown) {
        var text = LatexText.convert(hideEscapes(markdown));
        text = MarkdownLinks.strip(text);
        text = replace(AUTOLINK, text, MarkdownInline::firstGroup);
        text = replace(TAG, text, m -> " ");
        text = replace(CODE, text, m -> m.group(2));
        text = replace(STRONG, text, MarkdownInline::firstGroup);
        text = replace(EMPHASIS, text, MarkdownInline::firstGroup);
        return TextRepair.tidySpaces(revealEscapes(text));
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> replacement) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(replacement.apply(m)));
    }

    private static String firstGroup(MatchResult m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    private static String hideEscapes(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (c == '\\' && isAsciiPunctuation(next) && LEFT_FOR_LATEX.indexOf(next) < 0) {
                out.append((char) (HIDDEN_BASE + next));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String revealEscapes(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c > HIDDEN_BASE && c < HIDDEN_BASE + 0x80 ? (char) (c - HIDDEN_BASE) : c);
        }
        return out.toString();
    }

    private static boolean isAsciiPunctuation(char c) {
        return c > ' ' && c < 0x7F && !Character.isLetterOrDigit(c);
    }
}
