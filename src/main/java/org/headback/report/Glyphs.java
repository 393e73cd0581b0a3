package org.headback.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Makes any text printable in a font that cannot show every character: notes may hold any Unicode (dashes, ≥, α,
 * ü, emoji, Chinese), and no character may stop a report. Characters that take no room of their own (controls,
 * zero-width joiners, variation selectors) are dropped; any other character no font has a glyph for becomes
 * {@link #SUBSTITUTE}, one for each, so that something visibly stood there.
 */
final class Glyphs {
    /** U+FFFD, the replacement character: a question mark in a diamond, unlike any character of a note. */
    static final String SUBSTITUTE = "\uFFFD";

    private Glyphs() {
    }

    /** One line of text (no line breaks) as the font can show it. */
    static String printable(String line, IntPredicate canShow) {
        var out = new StringBuilder(line.length());
        line.codePoints().forEach(codePoint -> {
            if (codePoint == '\t') {
                out.append(' ');
            } else if (!takesNoRoom(codePoint)) {
                if (canShow.test(codePoint)) {
                    out.appendCodePoint(codePoint);
                } else {
                    out.append(SUBSTITUTE);
                }
            }
        });
        return out.toString();
    }

    /**
     * The line cut into runs of one font each: {@code fallbackFor} gives the font found on the computer for a
     * character, or null for the report's own font.
     */
    static List<ReportFonts.Run> runs(String line, IntFunction<FallbackFont> fallbackFor) {
        var runs = new ArrayList<ReportFonts.Run>();
        var text = new StringBuilder();
        FallbackFont current = null;
        for (int codePoint : line.codePoints().toArray()) {
            var font = fallbackFor.apply(codePoint);
            if (font != current && text.length() > 0) {
                runs.add(new ReportFonts.Run(text.toString(), current));
                text.setLength(0);
            }
            current = font;
            text.appendCodePoint(codePoint);
        }
        if (text.length() > 0) {
            runs.add(new ReportFonts.Run(text.toString(), current));
        }
        return runs;
    }

    private static boolean takesNoRoom(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT
                || codePoint >= 0xFE00 && codePoint <= 0xFE0F || codePoint >= 0xE0100 && codePoint <= 0xE01EF;
    }
}
