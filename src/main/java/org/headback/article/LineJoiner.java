package org.headback.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the lines of one block back into paragraphs. Scraped text puts a paragraph on one line, sometimes with
 * only a line break between paragraphs; text saved from an editor may be hard-wrapped at a fixed width.
 */
final class LineJoiner {

    /** Wrapped text is narrower than this; scraped paragraphs are far longer lines. */
    private static final int MAX_WRAP_WIDTH = 100;
    private static final int MIN_WRAP_WIDTH = 30;
    /** A wrapped line fills at least this share of the width. */
    private static final double LONG_LINE_SHARE = 0.6;

    private LineJoiner() {
    }

    static List<String> join(List<String> lines) {
        var segments = new ArrayList<String>();
        if (lines.isEmpty()) {
            return segments;
        }
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        boolean wrapped = looksWrapped(lines, width);
        var current = new StringBuilder(lines.get(0));
        for (int i = 0; i + 1 < lines.size(); i++) {
            var next = lines.get(i + 1);
            if (continues(lines.get(i), next, width, wrapped)) {
                boolean hyphen = current.length() > 1 && current.charAt(current.length() - 1) == '-'
                    && Character.isLetter(current.charAt(current.length() - 2));
                current.append(hyphen ? "" : " ").append(next);
            } else {
                segments.add(current.toString());
                current = new StringBuilder(next);
            }
        }
        segments.add(current.toString());
        return segments;
    }

    /** Hard-wrapped: short lines, and most of them break mid-sentence. */
    private static boolean looksWrapped(List<String> lines, int width) {
        if (lines.size() < 2 || width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) {
            return false;
        }
        long open = lines.subList(0, lines.size() - 1).stream().filter(l -> !LineShapes.endsSentence(l)).count();
        return open * 2 >= lines.size() - 1;
    }

    private static boolean continues(String line, String next, int width, boolean wrapped) {
        if (!LineShapes.endsSentence(line) && LineShapes.startsLower(next)) {
            return true;
        }
        if (!wrapped) {
            return false;
        }
        // The break was forced when the next word would not have fitted on this line.
        boolean forced = line.length() + 1 + LineShapes.firstWord(next).length() > width;
        boolean longOpen = line.length() >= width * LONG_LINE_SHARE && !LineShapes.endsSentence(line);
        return forced || longOpen;
    }
}
