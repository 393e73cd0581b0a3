package org.headback.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads Markdown into parts: ATX and setext headings, lists, paragraphs joined across soft line breaks. */
final class MarkdownReader {

    private static final Pattern LIST_ITEM = Pattern.compile("(?:[-*+•·●▪◦‣■►–]|(\\d{1,9})[.)])\\s+(.*)");
    private static final Pattern RULE = Pattern.compile("(?:\\*\\s*){3,}|(?:-\\s*){3,}|(?:_\\s*){3,}");
    private static final Pattern REFERENCE = Pattern.compile("\\[[^\\]]+\\]:\\s*\\S.*");

    private final List<Part> parts = new ArrayList<>();
    private final List<String> paragraph = new ArrayList<>();
    private final List<String> items = new ArrayList<>();
    private boolean ordered;
    private boolean blankSinceItem;
    private String fence;
    private final List<String> fenced = new ArrayList<>();

    private MarkdownReader() {
    }

    static List<Part> read(String raw) {
        var reader = new MarkdownReader();
        var lines = TextRepair.tidyLines(TextRepair.fixCharacters(raw)).split("\n", -1);
        for (int i = MarkdownLines.frontMatterEnd(lines); i < lines.length; i++) {
            reader.readLine(lines[i]);
        }
        reader.closeFence();
        reader.flushAll();
        return reader.parts;
    }

    private void readLine(String line) {
        if (fence != null) {
            if (line.startsWith(fence)) {
                closeFence();
            } else {
                fenced.add(line);
            }
            return;
        }
        var text = MarkdownLines.stripQuoteMarks(line);
        if (text.startsWith("```") || text.startsWith("~~~")) {
            flushAll();
            fence = text.substring(0, 3);
        } else if (text.isEmpty()) {
            flushParagraph();
            blankSinceItem = true;
        } else if (!readBlockLine(text)) {
            readTextLine(text);
        }
    }

    /** Headings, rules, reference definitions and list items; false when the line is none of them. */
    private boolean readBlockLine(String text) {
        int level = MarkdownLines.headingLevel(text);
        if (level > 0) {
            flushAll();
            addHeading(level, MarkdownLines.headingText(text, level));
        } else if (!paragraph.isEmpty() && MarkdownLines.isSetextUnderline(text)) {
            var title = String.join(" ", paragraph);
            paragraph.clear();
            addHeading(text.charAt(0) == '=' ? 1 : 2, title);
        } else if (RULE.matcher(text).matches() || REFERENCE.matcher(text).matches()) {
            flushAll();
        } else if (LIST_ITEM.matcher(text).matches()) {
            var item = LIST_ITEM.matcher(text);
            item.matches();
            addItem(item.group(2), item.group(1) != null);
        } else {
            return false;
        }
        return true;
    }

    private void readTextLine(String text) {
        if (!items.isEmpty() && !blankSinceItem) {
            items.set(items.size() - 1, items.get(items.size() - 1) + " " + text);
            return;
        }
        flushList();
        if (MarkdownLines.isTableRow(text)) {
            flushParagraph();
            if (!MarkdownLines.isTableRule(text)) {
                addParagraph(text.replaceAll("^\\||\\|$", "").strip());
            }
            return;
        }
        paragraph.add(text);
    }

    private void addItem(String text, boolean itemOrdered) {
        flushParagraph();
        if (!items.isEmpty() && itemOrdered != ordered) {
            flushList();
        }
        ordered = itemOrdered;
        items.add(text);
        blankSinceItem = false;
    }

    private void addHeading(int level, String text) {
        var plain = MarkdownInline.toPlain(text);
        if (!plain.isEmpty()) {
            parts.add(Part.heading(level, plain));
        }
    }

    private void addParagraph(String text) {
        var plain = MarkdownInline.toPlain(text);
        if (!plain.isEmpty()) {
            parts.add(Part.paragraph(plain));
        }
    }

    private void flushParagraph() {
        if (!paragraph.isEmpty()) {
            addParagraph(String.join(" ", paragraph));
            paragraph.clear();
        }
    }

    private void flushList() {
        var plain = items.stream().map(MarkdownInline::toPlain).filter(item -> !item.isEmpty()).toList();
        if (!plain.isEmpty()) {
            parts.add(Part.list(plain, ordered));
        }
        items.clear();
    }

    private void flushAll() {
        flushParagraph();
        flushList();
    }

    private void closeFence() {
        if (fence != null && !fenced.isEmpty()) {
            parts.add(Part.paragraph(String.join("\n", fenced).strip()));
        }
        fence = null;
        fenced.clear();
    }
}
