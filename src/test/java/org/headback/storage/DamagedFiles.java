package org.headback.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;

/** Damages HeadBack files on purpose, in ways SQLite still opens but its integrity check reports. */
final class DamagedFiles {
    private DamagedFiles() {
    }

    /**
     * Overwrites one article's id inside the page of the articles' primary-key index (with a few dozen articles,
     * that one page holds every entry). The file still opens and its table still reads, but the index no longer
     * matches the table: SQLite's integrity check reports the row as missing from the index.
     */
    static void breakArticleIndex(Path file, String articleId) throws IOException, SQLException {
        int pageSize;
        int rootPage;
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            pageSize = SchemaCheck.intPragma(statement, "PRAGMA page_size");
            rootPage = SchemaCheck.intPragma(statement,
                    "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_user_article_1'");
        }
        var bytes = Files.readAllBytes(file);
        int pageStart = (rootPage - 1) * pageSize;
        var key = articleId.getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(bytes, key, pageStart, pageStart + pageSize);
        assertThat(at).as("the id inside the index page").isPositive();
        Arrays.fill(bytes, at, at + key.length, (byte) 'z');
        Files.write(file, bytes);
    }

    private static int indexOf(byte[] bytes, byte[] wanted, int from, int to) {
        for (int i = from; i + wanted.length <= to; i++) {
            if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        return -1;
    }
}
