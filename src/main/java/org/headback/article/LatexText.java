package org.headback.article;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Turns LaTeX left in scraped text into plain characters: {@code TNF-\(\alpha\)} becomes {@code TNF-α}.
 * Math between {@code \( \)} or {@code \[ \]} loses its braces and scripts; elsewhere, known commands become
 * their symbol, unknown ones lose their backslash, and escaped punctuation keeps only the character.
 */
final class LatexText {

    /** Longer "math" than this is more likely an unmatched delimiter than a formula. */
    private static final int MAX_MATH = 2000;

    private enum Brace { KEEP, DROP, NUMERATOR }

    private final String text;
    private final boolean math;
    private final StringBuilder out;
    private final Deque<Brace> braces = new ArrayDeque<>();
    private boolean unwrapNext;
    private boolean fractionNext;

    private LatexText(String text, boolean math, StringBuilder out) {
        this.text = text;
        this.math = math;
        this.out = out;
    }

    static String convert(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        var out = new StringBuilder(text.length());
        var closes = new int[] {-2, -2};
        int segmentStart = 0;
        int i = text.indexOf('\\');
        while (i >= 0 && i + 1 < text.length()) {
            char next = text.charAt(i + 1);
            int kind = next == '(' ? 0 : next == '[' ? 1 : -1;
            int close = kind < 0 ? -1 : findClose(text, i + 2, kind, closes);
            if (close >= 0 && close - i <= MAX_MATH) {
                new LatexText(text.substring(segmentStart, i), false, out).run();
                new LatexText(text.substring(i + 2, close), true, out).run();
                segmentStart = close + 2;
                i = text.indexOf('\\', segmentStart);
            } else {
                i = text.indexOf('\\', i + 2);
            }
        }
        new LatexText(text.substring(segmentStart), false, out).run();
        return out.toString();
    }

    /** The next closing delimiter at or after {@code from}; remembers the last answer so scans stay linear. */
    private static int findClose(String text, int from, int kind, int[] closes) {
        int known = closes[kind];
        if (known == -1 || known >= from) {
            return known;
        }
        closes[kind] = text.indexOf(kind == 0 ? "\\)" : "\\]", from);
        return closes[kind];
    }

    private void run() {
        int i = 0;
        while (i < text.length()) {
            i = step(i);
        }
    }

    /** Handles the character at {@code i} and returns where to go on. */
    private int step(int i) {
        char c = text.charAt(i);
        return switch (c) {
            case '\\' -> command(i);
            case '{' -> openBrace(i);
            case '}' -> closeBrace(i);
            case '^', '_' -> math ? script(i, c == '^') : append(c, i);
            case '~', '&' -> append(math ? ' ' : c, i);
            default -> append(c, i);
        };
    }

    private int append(char c, int i) {
        out.append(c);
        return i + 1;
    }

    private int command(int i) {
        int start = i + 1;
        int end = start;
        while (end < text.length() && isAsciiLetter(text.charAt(end))) {
            end++;
        }
        if (end == start) {
            return escape(i);
        }
        var name = text.substring(start, end);
        var symbol = LatexSymbols.SYMBOLS.get(name);
        if (symbol != null) {
            out.append(symbol);
        } else if (name.equals("frac")) {
            fractionNext = true;
        } else if (LatexSymbols.UNWRAP.contains(name)) {
            unwrapNext = end < text.length() && text.charAt(end) == '{';
            if (!unwrapNext && !math) {
                out.append(name);
            }
        } else if (!LatexSymbols.DROP.contains(name)) {
            out.append(name);
        }
        return end;
    }

    /** A backslash before a non-letter: spacing commands, a line break, or escaped punctuation. */
    private int escape(int i) {
        if (i + 1 >= text.length()) {
            return i + 1;
        }
        char next = text.charAt(i + 1);
        switch (next) {
            case ',', ';', ':', ' ', '\\' -> out.append(' ');
            case '!' -> { }
            default -> out.append(next);
        }
        return i + 2;
    }

    private int openBrace(int i) {
        Brace kind;
        if (fractionNext) {
            kind = Brace.NUMERATOR;
        } else if (math || unwrapNext) {
            kind = Brace.DROP;
        } else {
            kind = Brace.KEEP;
            out.append('{');
        }
        fractionNext = false;
        unwrapNext = false;
        braces.push(kind);
        return i + 1;
    }

    private int closeBrace(int i) {
        var kind = braces.isEmpty() ? Brace.KEEP : braces.pop();
        switch (kind) {
            case KEEP -> out.append('}');
            case NUMERATOR -> out.append('/');
            default -> { }
        }
        return i + 1;
    }

    /** A superscript or subscript: as script characters when they exist, else the bare content. */
    private int script(int i, boolean superscript) {
        int from = i + 1;
        if (superscript && (text.startsWith("\\circ", from) || text.startsWith("{\\circ}", from))) {
            out.append('°');
            return from + (text.charAt(from) == '{' ? 7 : 5);
        }
        int end = from;
        String content = null;
        if (from < text.length() && text.charAt(from) == '{') {
            end = text.indexOf('}', from);
            boolean simple = end > from && end - from <= 16 && text.substring(from + 1, end).indexOf('{') < 0;
            content = simple ? text.substring(from + 1, end) : null;
            end++;
        } else if (from < text.length() && Character.isLetterOrDigit(text.charAt(from))) {
            content = text.substring(from, from + 1);
            end = from + 1;
        }
        var converted = content == null ? null : LatexSymbols.script(content, superscript);
        if (converted == null) {
            return from;
        }
        out.append(converted);
        return end;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
