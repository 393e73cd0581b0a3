package org.headback.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Data folders as an older HeadBack left them: its file at an earlier schema, for tests of upgrading. */
public final class OlderDiaries {
    private OlderDiaries() {
    }

    /**
     * Writes {@code headback.db} in {@code dataDir} at schema {@code version} (its first {@code version} migration
     * scripts), in write-ahead-log mode as HeadBack keeps its files, with one day recorded when the schema has days.
     */
    public static Path atVersion(Path dataDir, int version, String recordedDay) {
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
                if (version >= 2) {
                    statement.executeUpdate("INSERT INTO day_entry (day, back_pain, headache, notes, updated_at)"
                            + " VALUES ('" + recordedDay + "', 4, 6, 'recorded by an older HeadBack', "
                            + "'2026-01-30T20:00:00Z')");
                }
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

    private static String script(String name) throws IOException {
        try (var in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
