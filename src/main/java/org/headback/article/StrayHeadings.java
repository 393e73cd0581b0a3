package org.headback.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where several headings of one level stand together before a paragraph, the page has mixed link titles in
 * with the real heading. The heading sharing most words with the paragraph is kept; when none shares any,
 * all stay, as there is no telling which is real.
 */
final class StrayHeadings {

    private StrayHeadings() {
    }

    static List<Part> strip(List<Part> parts) {
        var kept = new ArrayList<Part>(parts.size());
        int i = 0;
        while (i < parts.size()) {
            if (!parts.get(i).isHeading()) {
                kept.add(parts.get(i));
                i++;
                continue;
            }
            int end = runEnd(parts, i);
            boolean bodyFollows = end < parts.size() && !parts.get(end).isHeading();
            if (end - i >= 2 && bodyFollows) {
                kept.addAll(bestOf(parts.subList(i, end), parts.get(end)));
            } else {
                kept.addAll(parts.subList(i, end));
            }
            i = end;
        }
        return kept;
    }

    /** The end of the run of same-level headings that starts at {@code start}. */
    private static int runEnd(List<Part> parts, int start) {
        int level = parts.get(start).level();
        int end = start + 1;
        while (end < parts.size() && parts.get(end).isHeading() && parts.get(end).level() == level) {
            end++;
        }
        return end;
    }

    private static List<Part> bestOf(List<Part> headings, Part body) {
        var bodyStems = Words.stems(body.plain());
        int best = -1;
        int bestScore = 0;
        for (int k = 0; k < headings.size(); k++) {
            int score = overlap(Words.stems(headings.get(k).text()), bodyStems);
            // Ties go to the later heading: it sits right above the paragraph.
            if (score > 0 && score >= bestScore) {
                best = k;
                bestScore = score;
            }
        }
        return best < 0 ? headings : List.of(headings.get(best));
    }

    private static int overlap(Set<String> heading, Set<String> body) {
        int count = 0;
        for (var stem : heading) {
            count += body.contains(stem) ? 1 : 0;
        }
        return count;
    }
}
