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
            "V4__article_clean_forms.sql",
            "V5__attacks_medicines_factors.sql");

    private final Path file;

    Migrations(Path file) {
        this.file = file;
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    /**
     * Brings the schema up to date, one script per transaction. Each transaction takes the write lock first and only
     * then reads the version, so several programs opening an older file at the same moment never apply a script
     * twice: whoever gets the lock applies the next script, and the others find it applied.
     */
    void apply(Connection connection) throws SQLException {
        while (applyNext(connection)) {
            // One script applied; look again under a new lock.
        }
    }

    /** Applies the script after the file's version, in one transaction; false when there was none to apply. */
    private boolean applyNext(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            SchemaCheck.requireHeadBackFile(connection, file);
            SchemaCheck.requireKnownVersion(connection, file, latestVersion());
            int current = SchemaCheck.intPragma(statement, "PRAGMA user_version");
            if (current >= latestVersion()) {
                connection.commit();
                return false;
            }
            for (var sql : statements(load(SCRIPTS.get(current)))) {
                statement.executeUpdate(sql);
            }
            statement.executeUpdate("PRAGMA application_id = " + SchemaCheck.APPLICATION_ID);
            statement.executeUpdate("PRAGMA user_version = " + (current + 1));
            connection.commit();
            return true;
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
