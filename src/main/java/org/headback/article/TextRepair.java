package org.headback.article;

/** Character-level repair shared by every format: mis-decoded text, odd spaces, control characters. */
final class TextRepair {

    private TextRepair() {
    }

    /** The full repair for plain text: characters, LaTeX left in the text, then tidy lines. */
    static String repairText(String raw) {
        return tidyLines(LatexText.convert(fixCharacters(raw)));
    }

    /** The repair for one piece of text that belongs on a single line (an HTML paragraph, say). */
    static String repairInline(String raw) {
        return tidySpaces(LatexText.convert(fixCharacters(raw)).replace('\n', ' '));
    }

    /** Mis-decoded UTF-8, line ends, odd spaces and invisible characters; lines are left as they are. */
    static String fixCharacters(String raw) {
        var text = Mojibake.fix(raw);
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.append('\n');
            } else if (isOddSpace(c)) {
                out.append(' ');
            } else if (!isInvisible(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Collapses runs of spaces and trims every line, which also drops stray indentation. */
    static String tidyLines(String text) {
        var out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            out.append(tidySpaces(text.substring(start, end)));
            if (end < text.length()) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    /** Collapses runs of spaces into one and trims the ends. */
    static String tidySpaces(String line) {
        var out = new StringBuilder(line.length());
        boolean pendingSpace = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isOddSpace(char c) {
        return c == '\t' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A')
            || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\u000B' || c == '\u000C';
    }

    /** Control characters, zero-width characters, the byte-order mark, soft hyphens and lone replacement marks. */
    private static boolean isInvisible(char c) {
        return c < ' ' || (c >= '\u007F' && c <= '\u009F') || (c >= '\u200B' && c <= '\u200F')
            || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '\uFFFD';
    }
}
