package org.headback.article;

/** Recognises list items in plain text: a bullet sign or a number, then the item. */
final class Bullets {

    record Item(String text, boolean ordered) {
    }

    /** Signs that mark an item even without a space after them. */
    private static final String BULLET_SIGNS = "•·●▪◦‣■□►➢✓✔";
    /** Signs that mark an item only when a space follows, since they also appear at the start of text. */
    private static final String DASH_SIGNS = "-*–—";
    private static final int MAX_NUMBER_DIGITS = 3;

    private Bullets() {
    }

    /** The item the line starts, or null when it is not a list line. */
    static Item parse(String line) {
        if (line.isEmpty()) {
            return null;
        }
        char first = line.charAt(0);
        if (BULLET_SIGNS.indexOf(first) >= 0) {
            return new Item(line.substring(1).strip(), false);
        }
        if (DASH_SIGNS.indexOf(first) >= 0 && line.length() > 2 && line.charAt(1) == ' ') {
            return new Item(line.substring(2).strip(), false);
        }
        return numbered(line);
    }

    private static Item numbered(String line) {
        int digits = 0;
        while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        boolean shape = digits > 0 && digits <= MAX_NUMBER_DIGITS && line.length() > digits + 2
            && (line.charAt(digits) == '.' || line.charAt(digits) == ')') && line.charAt(digits + 1) == ' ';
        return shape ? new Item(line.substring(digits + 2).strip(), true) : null;
    }
}
