package org.headback.article;

/** Questions about single Markdown lines: headings, quotes, tables, front matter. */
final class MarkdownLines {

    private static final int MAX_FRONT_MATTER_LINES = 100;

    private MarkdownLines() {
    }

    /** Where the text starts after a YAML front matter block ("---" lines around metadata), if any. */
    static int frontMatterEnd(String[] lines) {
        if (!lines[0].equals("---")) {
            return 0;
        }
        for (int i = 1; i < Math.min(lines.length, MAX_FRONT_MATTER_LINES); i++) {
            if (lines[i].equals("---") || lines[i].equals("...")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The level of an ATX heading ("## Text"), or 0 when the line is not one. */
    static int headingLevel(String text) {
        int level = 0;
        while (level < text.length() && text.charAt(level) == '#') {
            level++;
        }
        boolean spaced = level == text.length() || text.charAt(level) == ' ';
        return level >= 1 && level <= 6 && spaced ? level : 0;
    }

    /** The heading's text, without the optional closing run of hashes. */
    static String headingText(String text, int level) {
        var rest = text.substring(level).strip();
        int end = rest.length();
        while (end > 0 && rest.charAt(end - 1) == '#') {
            end--;
        }
        boolean closing = end == 0 || rest.charAt(end - 1) == ' ';
        return closing ? rest.substring(0, end).strip() : rest;
    }

    static String stripQuoteMarks(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == '>' || line.charAt(i) == ' ')) {
            i++;
        }
        return i == 0 ? line : line.substring(i);
    }

    static boolean isSetextUnderline(String text) {
        return text.chars().allMatch(c -> c == '=') || text.length() >= 2 && text.chars().allMatch(c -> c == '-');
    }

    static boolean isTableRow(String text) {
        return text.length() > 1 && text.startsWith("|") && text.endsWith("|");
    }

    static boolean isTableRule(String text) {
        return text.chars().allMatch(c -> c == '|' || c == '-' || c == ':' || c == ' ');
    }
}
