package org.headback.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@link ArticleStore} in the user's SQLite file. */
public final class SqliteArticleStore implements ArticleStore {
    private static final String SELECT_ALL = """
            SELECT id, title, source_name, format, content, added_at
              FROM user_article
             ORDER BY added_at, rowid""";
    private static final String INSERT = """
            INSERT INTO user_article (id, title, source_name, format, content, added_at)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String DELETE = "DELETE FROM user_article WHERE id = ?";

    private final Database database;

    public SqliteArticleStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public List<StoredArticle> all() {
        return database.read(connection -> {
            try (var statement = connection.prepareStatement(SELECT_ALL); var rows = statement.executeQuery()) {
                var articles = new ArrayList<StoredArticle>();
                while (rows.next()) {
                    articles.add(toArticle(rows));
                }
                return List.copyOf(articles);
            }
        });
    }

    private static StoredArticle toArticle(ResultSet rows) throws SQLException {
        return new StoredArticle(rows.getString("id"), rows.getString("title"), rows.getString("source_name"),
                rows.getString("format"), rows.getString("content"), Instant.parse(rows.getString("added_at")));
    }

    @Override
    public void add(StoredArticle article) {
        database.write(connection -> {
            try (var statement = connection.prepareStatement(INSERT)) {
                statement.setString(1, article.id());
                statement.setString(2, article.title());
                statement.setString(3, article.sourceName());
                statement.setString(4, article.format());
                statement.setString(5, article.content());
                statement.setString(6, article.addedAt().toString());
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public boolean remove(String id) {
        return database.write(connection -> {
            try (var statement = connection.prepareStatement(DELETE)) {
                statement.setString(1, id);
                return statement.executeUpdate() > 0;
            }
        });
    }
}
