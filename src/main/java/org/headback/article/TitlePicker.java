package org.headback.article;

import java.util.ArrayList;
import java.util.List;

/** Chooses the article's title among its parts and takes it out of the body. */
final class TitlePicker {

    record Titled(String title, List<Part> body) {
    }

    static final String UNTITLED = "Untitled";

    private static final int REAL_PARAGRAPH_WORDS = 12;
    private static final int MAX_TITLE_WORDS = 12;
    private static final int SHORTENED_TITLE_WORDS = 10;

    private TitlePicker() {
    }

    /**
     * The first level-1 heading; else the first part when it reads as a heading; else the first heading that
     * comes before any real paragraph; else a title made from the first sentence, which stays in the body.
     */
    static Titled pick(List<Part> parts) {
        int index = indexOfTitle(parts);
        if (index < 0) {
            return new Titled(derivedTitle(parts), parts);
        }
        var title = parts.get(index).text();
        var body = new ArrayList<Part>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            var part = parts.get(i);
            boolean repeatsTitle = body.isEmpty() && !part.isList() && part.text().equalsIgnoreCase(title);
            if (i != index && !repeatsTitle) {
                body.add(part);
            }
        }
        return new Titled(title, body);
    }

    private static int indexOfTitle(List<Part> parts) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).isHeading() && parts.get(i).level() == 1) {
                return i;
            }
        }
        if (!parts.isEmpty() && !parts.get(0).isList() && LineShapes.isHeadingLike(parts.get(0).text())) {
            return 0;
        }
        for (int i = 0; i < parts.size(); i++) {
            var part = parts.get(i);
            if (part.isHeading()) {
                return i;
            }
            if (part.isList() || part.wordCount() >= REAL_PARAGRAPH_WORDS) {
                return -1;
            }
        }
        return -1;
    }

    private static String derivedTitle(List<Part> parts) {
        if (parts.isEmpty()) {
            return UNTITLED;
        }
        var sentences = Sentences.split(parts.get(0).plain().replace('\n', ' '));
        if (sentences.isEmpty()) {
            return UNTITLED;
        }
        var first = sentences.get(0);
        if (LineShapes.wordCount(first) > MAX_TITLE_WORDS) {
            var words = first.split(" ");
            return String.join(" ", List.of(words).subList(0, Math.min(words.length, SHORTENED_TITLE_WORDS))) + "…";
        }
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }
}
