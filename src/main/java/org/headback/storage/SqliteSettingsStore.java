package org.headback.storage;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** {@link SettingsStore} in the user's SQLite file. */
public final class SqliteSettingsStore implements SettingsStore {
    private static final String SELECT_ALL = "SELECT key, value FROM setting";
    private static final String UPSERT = """
            INSERT INTO setting (key, value) VALUES (?, ?)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value""";

    private final Database database;

    public SqliteSettingsStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Map<String, String> all() {
        return database.read(connection -> {
            try (var statement = connection.prepareStatement(SELECT_ALL); var rows = statement.executeQuery()) {
                var values = new HashMap<String, String>();
                while (rows.next()) {
                    values.put(rows.getString(1), rows.getString(2));
                }
                return Map.copyOf(values);
            }
        });
    }

    @Override
    public void putAll(Map<String, String> values) {
        database.write(connection -> {
            try (var statement = connection.prepareStatement(UPSERT)) {
                for (var entry : values.entrySet()) {
                    statement.setString(1, entry.getKey());
                    statement.setString(2, entry.getValue());
                    statement.addBatch();
                }
                return statement.executeBatch().length;
            }
        });
    }
}
