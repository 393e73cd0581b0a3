package org.headback.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** The factor table: the user's yes/no factors, found by name ignoring case. */
final class FactorRows {
    private static final String SELECT_ALL = "SELECT name, effect, hidden, suggested FROM factor ORDER BY id";
    private static final String SELECT_ID = "SELECT id FROM factor WHERE name = ?";
    private static final String INSERT = """
            INSERT INTO factor (name, effect, hidden, suggested, created_at) VALUES (?, ?, ?, ?, ?)""";
    private static final String RENAME = "UPDATE factor SET name = ? WHERE id = ?";
    private static final String HIDE = "UPDATE factor SET hidden = ? WHERE id = ?";
    private static final String EFFECT = "UPDATE factor SET effect = ? WHERE id = ?";
    private static final String OWN_EFFECT = "none";

    private FactorRows() {
    }

    static List<StoredFactor> all(Connection connection) throws SQLException {
        var factors = new ArrayList<StoredFactor>();
        try (var statement = connection.prepareStatement(SELECT_ALL); var rows = statement.executeQuery()) {
            while (rows.next()) {
                factors.add(new StoredFactor(rows.getString(1), rows.getString(2), rows.getInt(3) == 1,
                        rows.getString(4)));
            }
        }
        return List.copyOf(factors);
    }

    /** The factor of this name (ignoring case), or empty. */
    static OptionalLong id(Connection connection, String name) throws SQLException {
        try (var statement = connection.prepareStatement(SELECT_ID)) {
            statement.setString(1, name);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** The factor of this name, made as the user's own (shown, no effect) if the diary has none of that name. */
    static long idMakingIt(Connection connection, String name, String now) throws SQLException {
        var found = id(connection, name);
        if (found.isPresent()) {
            return found.getAsLong();
        }
        insert(connection, new StoredFactor(name, OWN_EFFECT, false, null), now);
        return id(connection, name).orElseThrow();
    }

    /** Adds the factor; false, with nothing changed, when one of that name (ignoring case) exists. */
    static boolean add(Connection connection, StoredFactor factor, String now) throws SQLException {
        if (id(connection, factor.name()).isPresent()) {
            return false;
        }
        insert(connection, factor, now);
        return true;
    }

    private static void insert(Connection connection, StoredFactor factor, String now) throws SQLException {
        try (var statement = connection.prepareStatement(INSERT)) {
            statement.setString(1, factor.name());
            statement.setString(2, factor.effect());
            statement.setInt(3, factor.hidden() ? 1 : 0);
            statement.setString(4, factor.suggested());
            statement.setString(5, now);
            statement.executeUpdate();
        }
    }

    /**
     * Renames a factor, one row: its ticks name it by id, so its days keep it. False, with nothing changed, when there
     * is no factor {@code from} or another one is called {@code to} already (a change of case alone is a rename).
     */
    static boolean rename(Connection connection, String from, String to) throws SQLException {
        var id = id(connection, from);
        var taken = id(connection, to);
        if (id.isEmpty() || taken.isPresent() && taken.getAsLong() != id.getAsLong()) {
            return false;
        }
        try (var statement = connection.prepareStatement(RENAME)) {
            statement.setString(1, to);
            statement.setLong(2, id.getAsLong());
            statement.executeUpdate();
        }
        return true;
    }

    /** Hides or shows a factor; its ticks stay. False when there is no factor of that name. */
    static boolean hide(Connection connection, String name, boolean hidden) throws SQLException {
        var id = id(connection, name);
        if (id.isEmpty()) {
            return false;
        }
        try (var statement = connection.prepareStatement(HIDE)) {
            statement.setInt(1, hidden ? 1 : 0);
            statement.setLong(2, id.getAsLong());
            statement.executeUpdate();
        }
        return true;
    }

    /** Changes what a factor does to the back; its ticks stay. False when there is no factor of that name. */
    static boolean changeEffect(Connection connection, String name, String effect) throws SQLException {
        var id = id(connection, name);
        if (id.isEmpty()) {
            return false;
        }
        try (var statement = connection.prepareStatement(EFFECT)) {
            statement.setString(1, effect);
            statement.setLong(2, id.getAsLong());
            statement.executeUpdate();
        }
        return true;
    }
}
