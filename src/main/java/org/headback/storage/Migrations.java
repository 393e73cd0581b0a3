package org.headback.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * The schema's history: numbered SQL scripts, each applied once in its own transaction. The database's
 * {@code user_version} is the number of scripts it has had.
 */
final class Migrations {
    static final List<String> SCRIPTS = List.of(
            "V1__articles_and_settings.sql",
            "V2__diary.sql",
            "V3__warning_signs.sql",
            "V4__article_clean_forms.sql");

    private final Path file;

    Migrations(Path file) {
        this.file = file;
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    void apply(Connection connection) throws SQLException {
        int current;
        try (Statement statement = connection.createStatement()) {
            current = SchemaCheck.intPragma(statement, "PRAGMA user_version");
        }
        SchemaCheck.requireKnownVersion(connection, file, latestVersion());
        for (int version = current + 1; version <= latestVersion(); version++) {
            applyOne(connection, version);
        }
    }

    private void applyOne(Connection connection, int version) throws SQLException {
        var script = load(SCRIPTS.get(version - 1));
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (var sql : statements(script)) {
                statement.executeUpdate(sql);
            }
            statement.executeUpdate("PRAGMA application_id = " + SchemaCheck.APPLICATION_ID);
            statement.executeUpdate("PRAGMA user_version = " + version);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            Database.rollBack(connection, e);
            throw e;
        } finally {
            Database.endTransaction(connection);
        }
    }

    static List<String> statements(String script) {
        return Arrays.stream(script.split(";\\s*(\\R|$)"))
                .map(String::strip)
                .filter(sql -> !sql.isEmpty() && !sql.lines().allMatch(line -> line.strip().startsWith("--")))
                .toList();
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Migration script missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration script " + name, e);
        }
    }
}
