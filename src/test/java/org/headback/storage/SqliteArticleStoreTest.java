package org.headback.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteArticleStoreTest {
    @TempDir
    Path dataDir;
    private Database database;
    private SqliteArticleStore store;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        store = new SqliteArticleStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static StoredArticle article(String id, String added) {
        return new StoredArticle(id, "Title " + id, id + ".md", "MARKDOWN", "# Title\n\nText with ’quotes’ and\nlines.",
                Instant.parse(added));
    }

    @Test
    void all_returnsArticlesInTheOrderTheyWereAdded() {
        var second = article("second", "2026-02-01T00:00:00Z");
        var first = article("first", "2026-01-01T00:00:00Z");
        store.add(second);
        store.add(first);

        assertThat(store.all()).containsExactly(first, second);
    }

    @Test
    void add_takenId_failsAndKeepsTheFirst() {
        var original = article("same", "2026-01-01T00:00:00Z");
        store.add(original);

        assertThatThrownBy(() -> store.add(article("same", "2026-03-01T00:00:00Z")))
                .isInstanceOf(StorageException.class);
        assertThat(store.all()).containsExactly(original);
    }

    @Test
    void remove_deletesOnlyThatArticle() {
        var keep = article("keep", "2026-01-01T00:00:00Z");
        store.add(keep);
        store.add(article("drop", "2026-01-02T00:00:00Z"));

        assertThat(store.remove("drop")).isTrue();
        assertThat(store.remove("drop")).isFalse();
        assertThat(store.all()).containsExactly(keep);
    }

    @Test
    void settings_putAll_replacesValuesUnderTheSameKeys() {
        var settings = new SqliteSettingsStore(database);
        settings.putAll(java.util.Map.of("a", "1", "b", "2"));
        settings.putAll(java.util.Map.of("b", "3"));

        assertThat(settings.all()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("a", "1", "b", "3"));
    }
}
