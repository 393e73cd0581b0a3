package org.headback.storage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The setup the storage tests share: a diary file in a fresh data folder, its article store, and its backups. */
abstract class OpenArticleStore {
    /** When the backups of a test are made, unless it says otherwise. */
    static final LocalDateTime START = LocalDateTime.parse("2026-03-01T09:30:00");

    @TempDir
    Path dataDir;
    Database database;
    SqliteArticleStore store;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        store = new SqliteArticleStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** The backups as they are at {@code time} (UTC). */
    Backups backupsAt(LocalDateTime time) {
        return new Backups(database, dataDir, Clock.fixed(time.toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    Path backupsFolder() {
        return dataDir.resolve(Backups.FOLDER);
    }

    /** A plain-text article told apart by its id alone. */
    static StoredArticle textArticle(String id) {
        return new StoredArticle(id, "Title " + id, id + ".txt", "TEXT", "Text of " + id + ".",
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    void addArticles(String... ids) {
        for (var id : ids) {
            StoredArticles.add(store, textArticle(id));
        }
    }
}
