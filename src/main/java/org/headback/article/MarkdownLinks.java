package org.headback.article;

/**
 * Replaces Markdown links ({@code [text](url)}, {@code [text][ref]}) by their text and drops images
 * ({@code ![alt](src)}), in one pass: a regular expression would rescan the rest of the line for every
 * unclosed bracket.
 */
final class MarkdownLinks {

    private final String text;
    private final int[] origin = {0, 0};
    private final int[] found = {-2, -2};

    private MarkdownLinks(String text) {
        this.text = text;
    }

    static String strip(String text) {
        return text.indexOf('[') < 0 ? text : new MarkdownLinks(text).strip();
    }

    private String strip() {
        var out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            boolean image = text.charAt(i) == '!' && i + 1 < text.length() && text.charAt(i + 1) == '[';
            int open = image ? i + 1 : i;
            int close = text.charAt(open) == '[' ? next(0, open + 1) : -1;
            int end = close < 0 ? -1 : linkEnd(close);
            if (end < 0) {
                out.append(text.charAt(i));
                i++;
            } else {
                if (!image) {
                    out.append(text, open + 1, close);
                }
                i = end;
            }
        }
        return out.toString();
    }

    /** Where the link whose label closes at {@code close} ends, or -1 when no target follows the label. */
    private int linkEnd(int close) {
        if (close + 1 >= text.length()) {
            return -1;
        }
        char after = text.charAt(close + 1);
        int end = after == '(' ? next(1, close + 2) : after == '[' ? next(0, close + 2) : -1;
        return end < 0 ? -1 : end + 1;
    }

    /**
     * The next ']' (kind 0) or ')' (kind 1) at or after {@code from}. The last answer is reused while it still
     * holds, so that a line full of unclosed brackets is not searched again and again.
     */
    private int next(int kind, int from) {
        boolean stillValid = origin[kind] <= from && (found[kind] == -1 || found[kind] >= from);
        if (!stillValid || found[kind] == -2) {
            origin[kind] = from;
            found[kind] = text.indexOf(kind == 0 ? ']' : ')', from);
        }
        return found[kind];
    }
}
