package org.headback.article;

import java.util.List;

/**
 * A block while the cleaner is still working on it: unlike {@link ArticleBlock}, a heading may still be level 1
 * (the title candidate) and nothing has been judged clutter yet.
 */
record Part(Kind kind, int level, String text, List<String> items, boolean ordered) {

    enum Kind { HEADING, PARAGRAPH, LIST }

    Part {
        items = List.copyOf(items);
    }

    static Part heading(int level, String text) {
        return new Part(Kind.HEADING, level, text, List.of(), false);
    }

    static Part paragraph(String text) {
        return new Part(Kind.PARAGRAPH, 0, text, List.of(), false);
    }

    static Part list(List<String> items, boolean ordered) {
        return new Part(Kind.LIST, 0, "", items, ordered);
    }

    boolean isHeading() {
        return kind == Kind.HEADING;
    }

    boolean isParagraph() {
        return kind == Kind.PARAGRAPH;
    }

    boolean isList() {
        return kind == Kind.LIST;
    }

    /** The words of the part: its text, or its items one per line. */
    String plain() {
        return isList() ? String.join("\n", items) : text;
    }

    int wordCount() {
        return LineShapes.wordCount(plain());
    }

    Part withText(String newText) {
        return new Part(kind, level, newText, items, ordered);
    }

    Part withItems(List<String> newItems) {
        return new Part(kind, level, text, newItems, ordered);
    }

    ArticleBlock toBlock() {
        return switch (kind) {
            case HEADING -> new ArticleBlock.Heading(Math.max(2, Math.min(6, level)), text);
            case PARAGRAPH -> new ArticleBlock.Paragraph(text);
            case LIST -> new ArticleBlock.ItemList(items, ordered);
        };
    }
}
