package org.headback.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Short, readable, unique ids from titles: "Can Back Pain Cause Migraines" gives "can-back-pain-cause-migraines". */
final class ArticleIds {
    static final int MAX_LENGTH = 60;

    private ArticleIds() {
    }

    static String slug(String title) {
        var ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        var slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = cut > 0 ? slug.substring(0, cut) : slug.substring(0, MAX_LENGTH);
        }
        return slug.isEmpty() ? "article" : slug;
    }

    /** The slug of the title, with "-2", "-3"… added if it is taken. */
    static String unique(String title, Set<String> taken) {
        var base = slug(title);
        var id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
