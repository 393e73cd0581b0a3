package org.headback.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Removes what a page prints above its article: the date line (kept as the date) and the breadcrumb trail. */
final class TopClutter {

    record Result(List<Part> parts, Optional<LocalDate> published) {
    }

    private static final Pattern SEPARATED_CRUMBS = Pattern.compile(
        "(?i)(?:you are here:?\\s*)?home\\s*[>»/|›→].*");
    private static final String SEPARATORS = ">»/|›→";
    private static final int REAL_PARAGRAPH_WORDS = 12;
    private static final int MAX_CRUMB_WORDS = 25;
    private static final int MENU_WORDS = 3;
    private static final int MIN_MENU_ITEMS = 3;

    private TopClutter() {
    }

    static Result strip(List<Part> parts) {
        var kept = new ArrayList<Part>(parts.size());
        Optional<LocalDate> published = Optional.empty();
        boolean top = true;
        for (int i = 0; i < parts.size(); i++) {
            var part = parts.get(i);
            top = top && !isBody(part);
            if (!part.isList() && DateLine.isStamp(part.text())) {
                // "Updated on …" anywhere is about the page, not the article: it becomes the article's date.
                published = published.isPresent() ? published : DateLine.parse(part.text());
                continue;
            }
            if (!top || part.isList()) {
                kept.add(part);
                continue;
            }
            var date = DateLine.parse(part.text());
            if (date.isPresent()) {
                published = published.isPresent() ? published : date;
            } else if (!isBreadcrumb(part.text(), nextText(parts, i))) {
                kept.add(part);
            }
        }
        return new Result(kept, published);
    }

    /**
     * Drops a site menu above the title: three or more headings of at most three words each ("Health
     * Conditions", "Wellness Topics", …) before any text, followed by the heading that is the title.
     */
    static List<Part> stripMenu(List<Part> parts) {
        int run = 0;
        while (run < parts.size() && parts.get(run).isHeading() && parts.get(run).wordCount() <= MENU_WORDS) {
            run++;
        }
        boolean titleFollows = run < parts.size() && parts.get(run).isHeading();
        return run >= MIN_MENU_ITEMS && titleFollows ? parts.subList(run, parts.size()) : parts;
    }

    /** The article proper has begun once there is a list or a paragraph of real length. */
    private static boolean isBody(Part part) {
        return part.isList() || part.isParagraph() && part.wordCount() >= REAL_PARAGRAPH_WORDS;
    }

    private static String nextText(List<Part> parts, int i) {
        return i + 1 < parts.size() ? parts.get(i + 1).plain() : "";
    }

    /**
     * "Home > Health > Title", or the same with the separators lost ("HomeHealthTitle"); a line that merely
     * begins with the word "Home" does not count.
     */
    static boolean isBreadcrumb(String line, String next) {
        if (line.length() < 5 || LineShapes.wordCount(line) > MAX_CRUMB_WORDS || LineShapes.endsSentence(line)) {
            return false;
        }
        boolean endsWithNext = !next.isBlank() && line.endsWith(next.strip());
        if (SEPARATED_CRUMBS.matcher(line).matches()) {
            return endsWithNext || separatorCount(line) >= 2;
        }
        boolean runTogether = line.startsWith("Home") && Character.isUpperCase(line.charAt(4));
        return runTogether && (endsWithNext || runTogetherJoins(line) >= 2);
    }

    private static int separatorCount(String line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            count += SEPARATORS.indexOf(line.charAt(i)) >= 0 ? 1 : 0;
        }
        return count;
    }

    /** Places where a lower-case letter runs straight into a capital, as crumbs do when glued together. */
    private static int runTogetherJoins(String line) {
        int count = 0;
        for (int i = 1; i < line.length(); i++) {
            count += Character.isLowerCase(line.charAt(i - 1)) && Character.isUpperCase(line.charAt(i)) ? 1 : 0;
        }
        return count;
    }
}
