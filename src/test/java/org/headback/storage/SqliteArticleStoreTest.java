package org.headback.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class SqliteArticleStoreTest extends OpenArticleStore {
    private static StoredArticle article(String id, String added) {
        return new StoredArticle(id, "Title " + id, id + ".md", "MARKDOWN", "# Title\n\nText with ’quotes’ and\nlines.",
                Instant.parse(added));
    }

    private static StoredClean clean(int version, String title) {
        return new StoredClean(version, title, 7, "the form of " + title);
    }

    @Test
    void entries_listTheArticlesInTheOrderTheyWereAdded_withTheirCleanedTitlesAndCounts() {
        store.add(article("second", "2026-02-01T00:00:00Z"), clean(3, "Second, Cleaned"));
        store.add(article("first", "2026-01-01T00:00:00Z"), clean(3, "First, Cleaned"));

        assertThat(store.entries()).containsExactly(new StoredEntry("first", "first.md", "First, Cleaned", 7, 3),
                new StoredEntry("second", "second.md", "Second, Cleaned", 7, 3));
    }

    @Test
    void findAndCleaned_readOneArticle_itsTextAsGivenAndItsForm() {
        var text = article("one", "2026-01-01T00:00:00Z");
        store.add(text, clean(1, "One"));
        store.add(article("other", "2026-01-02T00:00:00Z"), clean(1, "Other"));

        assertThat(store.find("one")).contains(text);
        assertThat(store.cleaned("one")).contains(clean(1, "One"));
        assertThat(store.find("none")).isEmpty();
        assertThat(store.cleaned("none")).isEmpty();
    }

    @Test
    void listing_readsAnIndexAndTheFormsSmallColumns_neverATextOrAForm() {
        var plan = database.read(connection -> {
            var steps = new ArrayList<String>();
            try (var rows = connection.createStatement().executeQuery("EXPLAIN QUERY PLAN "
                    + SqliteArticleStore.SELECT_ENTRIES)) {
                while (rows.next()) {
                    steps.add(rows.getString("detail"));
                }
            }
            return steps;
        });

        assertThat(plan).anyMatch(step -> step.contains("USING COVERING INDEX user_article_listing"));
        assertThat(plan).noneMatch(step -> step.startsWith("SCAN a") && !step.contains("COVERING"));
        // The form is the last column of article_clean: a row is read up to the columns asked for, and the form's
        // pages are never reached.
        assertThat(SqliteArticleStore.SELECT_ENTRIES).doesNotContain("form", "content");
    }

    @Test
    void saveCleaned_replacesTheForm_andKeepsTheText() {
        var text = article("one", "2026-01-01T00:00:00Z");
        store.add(text, clean(1, "Old Title"));

        assertThat(store.saveCleaned("one", clean(2, "New Title"))).isTrue();

        assertThat(store.cleaned("one")).contains(clean(2, "New Title"));
        assertThat(store.find("one")).contains(text);
        assertThat(store.entries()).extracting(StoredEntry::title).containsExactly("New Title");
    }

    @Test
    void saveCleaned_ofAnArticleNoLongerThere_savesNothing() {
        assertThat(store.saveCleaned("gone", clean(1, "Gone"))).isFalse();
        assertThat(store.cleaned("gone")).isEmpty();
    }

    @Test
    void add_takenId_failsAndKeepsTheFirst() {
        var original = article("same", "2026-01-01T00:00:00Z");
        store.add(original, clean(1, "Same"));

        assertThatThrownBy(() -> store.add(article("same", "2026-03-01T00:00:00Z"), clean(1, "Another")))
                .isInstanceOf(StorageException.class);
        assertThat(store.find("same")).contains(original);
        assertThat(store.cleaned("same")).contains(clean(1, "Same"));
    }

    @Test
    void remove_deletesOnlyThatArticle_andItsForm() {
        store.add(article("keep", "2026-01-01T00:00:00Z"), clean(1, "Keep"));
        store.add(article("drop", "2026-01-02T00:00:00Z"), clean(1, "Drop"));

        assertThat(store.remove("drop")).isTrue();
        assertThat(store.remove("drop")).isFalse();
        assertThat(StoredArticles.ids(store)).containsExactly("keep");
        assertThat(store.cleaned("drop")).isEmpty();
        assertThat(store.cleaned("keep")).isPresent();
    }

    @Test
    void settings_putAll_replacesValuesUnderTheSameKeys() {
        var settings = new SqliteSettingsStore(database);
        settings.putAll(java.util.Map.of("a", "1", "b", "2"));
        settings.putAll(java.util.Map.of("b", "3"));

        assertThat(settings.all()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("a", "1", "b", "3"));
    }
}
