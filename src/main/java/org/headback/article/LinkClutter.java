package org.headback.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Links to other pages that a scraped article drags along: section markers, "learn more" stubs, link titles. */
final class LinkClutter {

    private static final Pattern SECTION_MARKER = Pattern.compile("(?i)[\\W_]*(?:"
        + "(?:popular|related|recent|latest|recommended|trending|similar|featured|more)"
        + "(?:\\s+(?:articles?|posts?|stories|reads?|reading|news|content|topics|videos|links))?"
        + "|you (?:may|might) also (?:like|enjoy)|read (?:more|next|also)|read this next|up next|also read|see also"
        + "|share (?:this|on)(?:\\s+(?:article|post|page|story))?|advertisement|sponsored(?:\\s+content)?"
        + ")[\\W_]*");
    private static final Pattern LINK_STUB = Pattern.compile("(?i)(?:learn more|read more|click here|find out more"
        + "|see more|continue reading|read the full|view more|see the full)\\b.*");

    private static final int MAX_MARKER_CHARS = 60;
    private static final int LINK_TITLE_WORDS = 15;
    private static final int STUB_WORDS = 12;

    private LinkClutter() {
    }

    /**
     * Drops standalone section markers ("Related Articles"); one followed only by link-like lines takes those
     * lines with it, since they are the list it announces.
     */
    static List<Part> stripMarkers(List<Part> parts) {
        var kept = new ArrayList<Part>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            var part = parts.get(i);
            if (!isMarker(part)) {
                kept.add(part);
            } else if (onlyLinksFrom(parts, i + 1)) {
                break;
            }
        }
        return kept;
    }

    static boolean isMarker(Part part) {
        return !part.isList() && isMarkerText(part.text());
    }

    static boolean isMarkerText(String text) {
        return text.length() <= MAX_MARKER_CHARS && SECTION_MARKER.matcher(text).matches();
    }

    private static boolean onlyLinksFrom(List<Part> parts, int from) {
        return parts.subList(from, parts.size()).stream().allMatch(LinkClutter::isLinkLike);
    }

    /** A heading, or a paragraph or list short enough to be link titles. */
    static boolean isLinkLike(Part part) {
        return switch (part.kind()) {
            case HEADING -> true;
            case PARAGRAPH -> part.wordCount() <= LINK_TITLE_WORDS;
            case LIST -> part.items().stream().allMatch(item -> LineShapes.wordCount(item) <= LINK_TITLE_WORDS);
        };
    }

    /** Drops one-sentence paragraphs that only point elsewhere: "Learn more about X.", "Click here". */
    static List<Part> stripStubs(List<Part> parts) {
        return parts.stream().filter(part -> !isStub(part)).toList();
    }

    static boolean isStub(Part part) {
        return part.isParagraph() && part.wordCount() <= STUB_WORDS && Sentences.split(part.text()).size() == 1
            && LINK_STUB.matcher(part.text()).matches();
    }

    /**
     * Drops the run of headings after the last paragraph or list: with no body of their own, they are titles
     * of other pages, or a heading left stranded by the end of the scrape.
     */
    static List<Part> stripTrailingHeadings(List<Part> parts) {
        int end = parts.size();
        while (end > 0 && parts.get(end - 1).isHeading()) {
            end--;
        }
        return parts.subList(0, end);
    }
}
