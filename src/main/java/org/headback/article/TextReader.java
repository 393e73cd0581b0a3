package org.headback.article;

import java.util.ArrayList;
import java.util.List;

/** Reads plain text (a saved web page, or a user's own notes) into parts: headings, paragraphs and lists. */
final class TextReader {

    /** Lines longer than this are sentences of running text, not list items. */
    private static final int LIST_LINE_MAX_WORDS = 30;
    private static final int MIN_LIST_LINES = 3;

    private final List<Part> parts = new ArrayList<>();
    /** Short lines become a list only in text that otherwise separates paragraphs with blank lines. */
    private final boolean blankLinesSeparate;
    private boolean bodyStarted;

    private TextReader(boolean blankLinesSeparate) {
        this.blankLinesSeparate = blankLinesSeparate;
    }

    static List<Part> read(String raw) {
        var lines = standingAlone(PageChrome.stripLines(List.of(TextRepair.repairText(raw).split("\n", -1))));
        var reader = new TextReader(hasBlankLineBetweenText(lines));
        var block = new ArrayList<String>();
        for (var line : lines) {
            if (line.isEmpty()) {
                reader.readBlock(block);
                block.clear();
            } else {
                block.add(line);
            }
        }
        reader.readBlock(block);
        return reader.parts;
    }

    /**
     * A section marker ("Read this next") or a date stamp ("Last reviewed on May 5, 2023") is a block of its own,
     * never joined to the lines around it as if they were one wrapped sentence.
     */
    private static List<String> standingAlone(List<String> lines) {
        var result = new ArrayList<String>(lines.size());
        for (var line : lines) {
            if (LinkClutter.isMarkerText(line.strip()) || DateLine.isStamp(line)) {
                result.add("");
                result.add(line);
                result.add("");
            } else {
                result.add(line);
            }
        }
        return result;
    }

    private static boolean hasBlankLineBetweenText(List<String> lines) {
        boolean seenText = false;
        boolean blankAfterText = false;
        for (var line : lines) {
            if (line.isEmpty()) {
                blankAfterText = seenText;
            } else if (blankAfterText) {
                return true;
            } else {
                seenText = true;
            }
        }
        return false;
    }

    /** One block of lines between blank lines: runs of list lines, and runs of other lines between them. */
    private void readBlock(List<String> block) {
        int i = 0;
        while (i < block.size()) {
            if (Bullets.parse(block.get(i)) != null) {
                i = readList(block, i);
            } else {
                int end = i;
                while (end < block.size() && Bullets.parse(block.get(end)) == null) {
                    end++;
                }
                readLines(LineJoiner.join(block.subList(i, end)));
                i = end;
            }
        }
    }

    /** Reads the list starting at {@code start}; returns the index of the first line after it. */
    private int readList(List<String> block, int start) {
        boolean ordered = Bullets.parse(block.get(start)).ordered();
        var items = new ArrayList<String>();
        int i = start;
        while (i < block.size()) {
            var item = Bullets.parse(block.get(i));
            if (item != null && item.ordered() == ordered) {
                items.add(item.text());
            } else if (item == null && !items.isEmpty() && continuesItem(items, block.get(i))) {
                items.set(items.size() - 1, (items.get(items.size() - 1) + " " + block.get(i)).strip());
            } else {
                break;
            }
            i++;
        }
        var nonEmpty = items.stream().filter(text -> !text.isEmpty()).toList();
        if (!nonEmpty.isEmpty()) {
            addPart(Part.list(nonEmpty, ordered));
        }
        return i;
    }

    /** A line after an item carries on that item when the item is a bare bullet or the line starts lower case. */
    private static boolean continuesItem(List<String> items, String line) {
        return items.get(items.size() - 1).isEmpty() || LineShapes.startsLower(line);
    }

    private void readLines(List<String> segments) {
        int i = 0;
        while (i < segments.size()) {
            int end = i;
            while (end < segments.size() && isListLine(segments.get(end)) && sameShape(segments.get(i),
                    segments.get(end))) {
                end++;
            }
            if (end - i >= MIN_LIST_LINES && blankLinesSeparate && bodyStarted) {
                addPart(Part.list(segments.subList(i, end), false));
            } else {
                end = Math.max(end, i + 1);
                segments.subList(i, end).forEach(this::addSingle);
            }
            i = end;
        }
    }

    /** A section marker ("Read this next") stands alone, so the link titles after it are seen as such. */
    private static boolean isListLine(String segment) {
        return LineShapes.wordCount(segment) <= LIST_LINE_MAX_WORDS && !LineShapes.endsWithColon(segment)
            && !LinkClutter.isMarkerText(segment);
    }

    /**
     * Lines of one list look alike: all sentences, or all phrases. A phrase followed by sentences is a heading
     * over paragraphs ("Treatment options" then two sentences), not a list.
     */
    private static boolean sameShape(String first, String line) {
        return LineShapes.endsSentence(first) == LineShapes.endsSentence(line);
    }

    private void addSingle(String segment) {
        addPart(LineShapes.isHeadingLike(segment) ? Part.heading(2, segment) : Part.paragraph(segment));
    }

    private void addPart(Part part) {
        parts.add(part);
        bodyStarted = bodyStarted || !part.isHeading();
    }
}
