package org.headback.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a day beside its own: its medications, warning signs, attacks and ticked factors, read for a range of
 * days and written with the day, in the day's transaction.
 */
final class DayParts {
    private static final String SELECT_MEDICATIONS = """
            SELECT day, class, name, dose, taken_minute, attack_position, relief
            FROM medication WHERE day BETWEEN ? AND ? ORDER BY day, position""";
    private static final String SELECT_WARNING_SIGNS = """
            SELECT day, code FROM warning_sign WHERE day BETWEEN ? AND ? ORDER BY day, code""";
    private static final String SELECT_ATTACKS = """
            SELECT day, start_minute, duration_minutes, peak, kind, aura, nausea, light, sound, lay_down, missed_work,
                   note
            FROM attack WHERE day BETWEEN ? AND ? ORDER BY day, position""";
    private static final String SELECT_TICKS = """
            SELECT t.day, f.name FROM factor_tick t JOIN factor f ON f.id = t.factor_id
            WHERE t.day BETWEEN ? AND ? ORDER BY t.day, f.name COLLATE NOCASE""";

    private DayParts() {
    }

    static Map<String, List<StoredDay.StoredMedication>> medications(Connection connection, String from, String to)
            throws SQLException {
        var byDay = new HashMap<String, List<StoredDay.StoredMedication>>();
        try (var statement = connection.prepareStatement(SELECT_MEDICATIONS)) {
            statement.setString(1, from);
            statement.setString(2, to);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    byDay.computeIfAbsent(rows.getString("day"), day -> new ArrayList<>()).add(
                            new StoredDay.StoredMedication(rows.getString("class"), rows.getString("name"),
                                    rows.getString("dose"), nullableInt(rows, "taken_minute"),
                                    nullableInt(rows, "attack_position"), rows.getString("relief")));
                }
            }
        }
        return byDay;
    }

    static Map<String, List<String>> warningSigns(Connection connection, String from, String to)
            throws SQLException {
        var byDay = new HashMap<String, List<String>>();
        try (var statement = connection.prepareStatement(SELECT_WARNING_SIGNS)) {
            statement.setString(1, from);
            statement.setString(2, to);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    byDay.computeIfAbsent(rows.getString("day"), day -> new ArrayList<>()).add(rows.getString("code"));
                }
            }
        }
        return byDay;
    }

    static Map<String, List<StoredDay.StoredAttack>> attacks(Connection connection, String from, String to)
            throws SQLException {
        var byDay = new HashMap<String, List<StoredDay.StoredAttack>>();
        try (var statement = connection.prepareStatement(SELECT_ATTACKS)) {
            statement.setString(1, from);
            statement.setString(2, to);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    byDay.computeIfAbsent(rows.getString("day"), day -> new ArrayList<>()).add(attack(rows));
                }
            }
        }
        return byDay;
    }

    private static StoredDay.StoredAttack attack(ResultSet rows) throws SQLException {
        return new StoredDay.StoredAttack(nullableInt(rows, "start_minute"), nullableInt(rows, "duration_minutes"),
                rows.getInt("peak"), rows.getString("kind"), rows.getString("aura"), rows.getInt("nausea") == 1,
                rows.getInt("light") == 1, rows.getInt("sound") == 1, rows.getInt("lay_down") == 1,
                rows.getInt("missed_work") == 1, rows.getString("note"));
    }

    static Map<String, List<String>> factors(Connection connection, String from, String to) throws SQLException {
        var byDay = new HashMap<String, List<String>>();
        try (var statement = connection.prepareStatement(SELECT_TICKS)) {
            statement.setString(1, from);
            statement.setString(2, to);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    byDay.computeIfAbsent(rows.getString(1), day -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        return byDay;
    }

    static void setNullable(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static Integer nullableInt(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
