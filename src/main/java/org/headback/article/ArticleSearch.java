package org.headback.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds words across articles, ignoring case and treating typographic and plain apostrophes and quotes alike
 * (so "don't" finds "don’t").
 */
public final class ArticleSearch {
    /** More hits than this are not listed: the user needs a narrower search, not a longer list. */
    public static final int MAX_HITS = 1000;
    static final int SNIPPET_CONTEXT = 40;

    private ArticleSearch() {
    }

    /** Every hit in reading order, article by article; empty for a blank query. Stops at {@link #MAX_HITS}. */
    public static List<SearchHit> search(Iterable<Article> articles, String query) {
        var needle = fold(query.strip());
        var hits = new ArrayList<SearchHit>();
        if (needle.isEmpty()) {
            return hits;
        }
        for (var article : articles) {
            for (int b = 0; b < article.blocks().size() && hits.size() < MAX_HITS; b++) {
                var block = article.blocks().get(b);
                if (block instanceof ArticleBlock.ItemList list) {
                    for (int i = 0; i < list.items().size(); i++) {
                        findIn(article, b, i, list.items().get(i), needle, hits);
                    }
                } else {
                    findIn(article, b, -1, block.plainText(), needle, hits);
                }
            }
            if (hits.size() >= MAX_HITS) {
                break;
            }
        }
        return hits.size() > MAX_HITS ? hits.subList(0, MAX_HITS) : hits;
    }

    private static void findIn(Article article, int block, int item, String text, String needle, List<SearchHit> hits) {
        var haystack = fold(text);
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            int end = at + needle.length();
            hits.add(new SearchHit(article.id(), article.title(), block, item, at, end, snippet(text, at, end)));
        }
    }

    /** Lower case and plain quotes, one character for one so that positions stay the same. */
    static String fold(String text) {
        var chars = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            chars.append(foldChar(text.charAt(i)));
        }
        return chars.toString();
    }

    private static char foldChar(char c) {
        return switch (c) {
            case '‘', '’', '‛', '′' -> '\'';
            case '“', '”', '„', '″' -> '"';
            case '–', '—', '‐', '‑' -> '-';
            default -> Character.toLowerCase(c);
        };
    }

    static String snippet(String text, int start, int end) {
        int from = Math.max(0, start - SNIPPET_CONTEXT);
        int to = Math.min(text.length(), end + SNIPPET_CONTEXT);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && start - from < SNIPPET_CONTEXT + 15) {
            from--;
        }
        while (to < text.length() && !Character.isWhitespace(text.charAt(to)) && to - end < SNIPPET_CONTEXT + 15) {
            to++;
        }
        var core = text.substring(from, to).strip().replaceAll("\\s+", " ");
        return (from > 0 ? "…" : "") + core + (to < text.length() ? "…" : "");
    }

    /** True when the query would find nothing worth listing: blank after trimming. */
    public static boolean isBlank(String query) {
        return query == null || query.strip().isEmpty();
    }
}
