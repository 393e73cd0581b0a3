package org.headback.article;

/**
 * Undoes UTF-8 text that was decoded as Windows-1252 or Latin-1 ({@code â€™} for {@code ’}, {@code Ã©} for
 * {@code é}), including the damaged forms some scrapers leave when continuation bytes were lost.
 */
final class Mojibake {

    /** Windows-1252 characters for bytes 0x80 to 0x9F; a zero marks a byte the code page leaves undefined. */
    private static final char[] CP1252_HIGH = {
        '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', 0, '\u017D', 0,
        0, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E', '\u0178',
    };

    private static final char RIGHT_QUOTE = '\u2019';

    private Mojibake() {
    }

    static String fix(String text) {
        var once = decodePass(text);
        // Text that went through the wrong decoding twice needs a second pass.
        return once.equals(text) ? once : decodePass(once);
    }

    private static String decodePass(String text) {
        var out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int used = decodeAt(text, i, out);
            if (used == 0) {
                used = repairDamagedAt(text, i, out);
            }
            if (used == 0) {
                out.append(text.charAt(i));
                used = 1;
            }
            i += used;
        }
        return out.toString();
    }

    /** Decodes one complete mis-decoded UTF-8 sequence at {@code i}; returns how many chars it consumed. */
    private static int decodeAt(String text, int i, StringBuilder out) {
        int lead = byteOf(text.charAt(i));
        int continuations = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2
            : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
        if (continuations == 0 || i + continuations >= text.length()) {
            return 0;
        }
        int codePoint = lead & (0x3F >> continuations);
        for (int k = 1; k <= continuations; k++) {
            int b = byteOf(text.charAt(i + k));
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
            codePoint = (codePoint << 6) | (b & 0x3F);
        }
        if (!isShortestForm(codePoint, continuations)) {
            return 0;
        }
        out.appendCodePoint(codePoint);
        return continuations + 1;
    }

    private static boolean isShortestForm(int codePoint, int continuations) {
        int min = switch (continuations) {
            case 1 -> 0x80;
            case 2 -> 0x800;
            default -> 0x10000;
        };
        boolean surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
        return codePoint >= min && codePoint <= 0x10FFFF && !surrogate;
    }

    /**
     * Repairs what is left when bytes went missing: {@code â€} alone (the closing quote, whose last byte
     * Windows-1252 cannot show), {@code â} inside an English contraction ({@code doesnât}), and {@code Â}
     * that only ever stood before a no-break space.
     */
    private static int repairDamagedAt(String text, int i, StringBuilder out) {
        char c = text.charAt(i);
        if (c == '\u00E2' && i + 1 < text.length() && text.charAt(i + 1) == '\u20AC') {
            out.append(isContraction(text, i, i + 2) ? RIGHT_QUOTE : '\u201D');
            return 2;
        }
        if ((c == '\u00E2' || c == '\uFFFD') && isContraction(text, i, i + 1)) {
            out.append(RIGHT_QUOTE);
            return 1;
        }
        if (c == '\u00C2' && (i + 1 == text.length() || isSpace(text.charAt(i + 1)))) {
            return 1;
        }
        return 0;
    }

    /** A letter before {@code start} and an English contraction tail (d, s, t, ll, re, ve, m) after {@code tail}. */
    private static boolean isContraction(String text, int start, int tail) {
        if (start == 0 || !Character.isLetter(text.charAt(start - 1))) {
            return false;
        }
        int end = tail;
        while (end < text.length() && end - tail < 3 && Character.isLowerCase(text.charAt(end))) {
            end++;
        }
        if (end < text.length() && Character.isLetter(text.charAt(end))) {
            return false;
        }
        return switch (text.substring(tail, end)) {
            case "d", "s", "t", "ll", "re", "ve", "m" -> true;
            default -> false;
        };
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\n' || c == '\r' || c == '\t';
    }

    /** The byte a wrong single-byte decoding turned into {@code c}, or -1 when no such byte exists. */
    private static int byteOf(char c) {
        if (c < 0x100) {
            return c;
        }
        if (c > '\u2122') {
            return -1;
        }
        for (int b = 0; b < CP1252_HIGH.length; b++) {
            if (CP1252_HIGH[b] == c) {
                return 0x80 + b;
            }
        }
        return -1;
    }
}
