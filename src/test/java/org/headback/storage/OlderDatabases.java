package org.headback.storage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Data folders as older versions of HeadBack left them, for the tests of upgrading. */
public final class OlderDatabases {
    private OlderDatabases() {
    }

    /** A database of schema 3 (before cleaned forms were kept) holding these articles. */
    public static void version3(Path dataDir, List<StoredArticle> articles) throws Exception {
        var file = Files.createDirectories(dataDir).resolve(Database.FILE_NAME);
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            for (var script : Migrations.SCRIPTS.subList(0, 3)) {
                var text = new String(Migrations.class.getResourceAsStream("migrations/" + script).readAllBytes(),
                        StandardCharsets.UTF_8);
                for (var sql : Migrations.statements(text)) {
                    statement.executeUpdate(sql);
                }
            }
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
            statement.executeUpdate("PRAGMA application_id = " + SchemaCheck.APPLICATION_ID);
            statement.executeUpdate("PRAGMA user_version = 3");
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
}
