package org.headback.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ArticleStore} in the user's SQLite file: the text in {@code user_article}, the cleaned form in
 * {@code article_clean}. Listing reads an index and the cleaned forms' small columns, never a text or a form.
 */
public final class SqliteArticleStore implements ArticleStore {
    static final String SELECT_ENTRIES = """
            SELECT a.id, a.source_name, coalesce(c.title, a.title) AS title,
                   coalesce(c.word_count, 0) AS word_count, coalesce(c.cleaner_version, 0) AS cleaner_version
              FROM user_article a LEFT JOIN article_clean c ON c.id = a.id
             ORDER BY a.added_at, a.rowid""";
    private static final String SELECT_ONE = """
            SELECT id, title, source_name, format, content, added_at FROM user_article WHERE id = ?""";
    private static final String SELECT_CLEAN = """
            SELECT cleaner_version, title, word_count, form FROM article_clean WHERE id = ?""";
    private static final String INSERT = """
            INSERT INTO user_article (id, title, source_name, format, content, added_at)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String PUT_CLEAN = """
            INSERT OR REPLACE INTO article_clean (id, cleaner_version, title, word_count, form)
            SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM user_article WHERE id = ?)""";
    private static final String DELETE_CLEAN = "DELETE FROM article_clean WHERE id = ?";
    private static final String DELETE = "DELETE FROM user_article WHERE id = ?";

    private final Database database;

    public SqliteArticleStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public List<StoredEntry> entries() {
        return database.read(connection -> {
            try (var statement = connection.prepareStatement(SELECT_ENTRIES); var rows = statement.executeQuery()) {
                var entries = new ArrayList<StoredEntry>();
                while (rows.next()) {
                    entries.add(new StoredEntry(rows.getString("id"), rows.getString("source_name"),
                            rows.getString("title"), rows.getInt("word_count"), rows.getInt("cleaner_version")));
                }
                return List.copyOf(entries);
            }
        });
    }

    @Override
    public Optional<StoredArticle> find(String id) {
        return database.read(connection -> {
            try (var statement = byId(connection, SELECT_ONE, id); var rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(toArticle(rows)) : Optional.empty();
            }
        });
    }

    private static StoredArticle toArticle(ResultSet rows) throws SQLException {
        return new StoredArticle(rows.getString("id"), rows.getString("title"), rows.getString("source_name"),
                rows.getString("format"), rows.getString("content"), Instant.parse(rows.getString("added_at")));
    }

    @Override
    public Optional<StoredClean> cleaned(String id) {
        return database.read(connection -> {
            try (var statement = byId(connection, SELECT_CLEAN, id); var rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredClean(rows.getInt("cleaner_version"), rows.getString("title"),
                        rows.getInt("word_count"), rows.getString("form")));
            }
        });
    }

    private static PreparedStatement byId(Connection connection, String sql, String id) throws SQLException {
        var statement = connection.prepareStatement(sql);
        statement.setString(1, id);
        return statement;
    }

    @Override
    public void add(StoredArticle article, StoredClean clean) {
        database.write(connection -> {
            try (var statement = connection.prepareStatement(INSERT)) {
                statement.setString(1, article.id());
                statement.setString(2, article.title());
                statement.setString(3, article.sourceName());
                statement.setString(4, article.format());
                statement.setString(5, article.content());
                statement.setString(6, article.addedAt().toString());
                statement.executeUpdate();
            }
            return putClean(connection, article.id(), clean);
        });
    }

    @Override
    public boolean saveCleaned(String id, StoredClean clean) {
        return database.write(connection -> putClean(connection, id, clean));
    }

    private static boolean putClean(Connection connection, String id, StoredClean clean) throws SQLException {
        try (var statement = connection.prepareStatement(PUT_CLEAN)) {
            statement.setString(1, id);
            statement.setInt(2, clean.cleanerVersion());
            statement.setString(3, clean.title());
            statement.setInt(4, clean.wordCount());
            statement.setString(5, clean.form());
            statement.setString(6, id);
            return statement.executeUpdate() > 0;
        }
    }

    @Override
    public boolean remove(String id) {
        return database.write(connection -> {
            try (var clean = byId(connection, DELETE_CLEAN, id); var article = byId(connection, DELETE, id)) {
                clean.executeUpdate();
                return article.executeUpdate() > 0;
            }
        });
    }
}
