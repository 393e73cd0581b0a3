package org.headback.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Data folders as an older HeadBack left them: its file at an earlier schema, for the tests of upgrading. */
public final class OlderDiaries {
    private OlderDiaries() {
    }

    /**
     * Writes {@code headback.db} in {@code dataDir} at schema {@code version} (its first {@code version} migration
     * scripts), in write-ahead-log mode as HeadBack keeps its files, with one day recorded when the schema has days.
     */
    public static Path atVersion(Path dataDir, int version, String recordedDay) {
        return atVersion(dataDir, version, recordedDay, List.of());
    }

    /** A data folder of schema 3 (before cleaned forms were kept) holding these articles and no day. */
    public static Path version3(Path dataDir, List<StoredArticle> articles) {
        return atVersion(dataDir, 3, null, articles);
    }

    private static Path atVersion(Path dataDir, int version, String recordedDay, List<StoredArticle> articles) {
        var file = dataDir.resolve(Database.FILE_NAME);
        try {
            Files.createDirectories(dataDir);
            try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                 var statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
                for (var script : Migrations.SCRIPTS.subList(0, version)) {
                    for (var sql : Migrations.statements(script(script))) {
                        statement.executeUpdate(sql);
                    }
                }
                if (version >= 2 && recordedDay != null) {
                    statement.executeUpdate("INSERT INTO day_entry (day, back_pain, headache, notes, updated_at)"
                            + " VALUES ('" + recordedDay + "', 4, 6, 'recorded by an older HeadBack', "
                            + "'2026-01-30T20:00:00Z')");
                }
                insertArticles(connection, articles);
                statement.executeUpdate("PRAGMA application_id = " + SchemaCheck.APPLICATION_ID);
                statement.executeUpdate("PRAGMA user_version = " + version);
            }
            return file;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void insertArticles(Connection connection, List<StoredArticle> articles)
            throws SQLException {
        try (var insert = connection.prepareStatement("INSERT INTO user_article VALUES (?, ?, ?, ?, ?, ?)")) {
            for (var article : articles) {
                insert.setString(1, article.id());
                insert.setString(2, article.title());
                insert.setString(3, article.sourceName());
                insert.setString(4, article.format());
                insert.setString(5, article.content());
                insert.setString(6, article.addedAt().toString());
                insert.executeUpdate();
            }
        }
    }

    /** Each article's text as the bytes in the file, in hexadecimal, by id. */
    public static Map<String, String> textBytes(Path dataDir) throws SQLException {
        var file = dataDir.resolve(Database.FILE_NAME);
        var bytes = new LinkedHashMap<String, String>();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var rows = connection.createStatement().executeQuery(
                     "SELECT id, hex(CAST(content AS BLOB)) FROM user_article ORDER BY rowid")) {
            while (rows.next()) {
                bytes.put(rows.getString(1), rows.getString(2));
            }
        }
        return bytes;
    }

    private static String script(String name) throws IOException {
        try (var in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
