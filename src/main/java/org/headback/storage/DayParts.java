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
    private static final String DELETE_MEDICATIONS = "DELETE FROM medication WHERE day = ?";
    private static final String INSERT_MEDICATION = """
            INSERT INTO medication (day, position, class, name, dose, taken_minute, attack_position, relief)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String DELETE_WARNING_SIGNS = "DELETE FROM warning_sign WHERE day = ?";
    private static final String INSERT_WARNING_SIGN = "INSERT INTO warning_sign (day, code) VALUES (?, ?)";
    private static final String SELECT_ATTACKS = """
            SELECT day, start_minute, duration_minutes, peak, kind, aura, nausea, light, sound, lay_down, missed_work,
                   note
            FROM attack WHERE day BETWEEN ? AND ? ORDER BY day, position""";
    private static final String DELETE_ATTACKS = "DELETE FROM attack WHERE day = ?";
    private static final String INSERT_ATTACK = """
            INSERT INTO attack (day, position, start_minute, duration_minutes, peak, kind, aura, nausea, light, sound,
                                lay_down, missed_work, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String SELECT_TICKS = """
            SELECT t.day, f.name FROM factor_tick t JOIN factor f ON f.id = t.factor_id
            WHERE t.day BETWEEN ? AND ? ORDER BY t.day, f.name COLLATE NOCASE""";
    private static final String DELETE_TICKS = "DELETE FROM factor_tick WHERE day = ?";
    private static final String INSERT_TICK = "INSERT OR IGNORE INTO factor_tick (day, factor_id) VALUES (?, ?)";

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

    /** Replaces the day's medications, warning signs, attacks and ticks with the ones it holds now. */
    static void write(Connection connection, StoredDay day, String now) throws SQLException {
        writeMedications(connection, day);
        writeWarningSigns(connection, day);
        writeAttacks(connection, day);
        writeFactors(connection, day, now);
    }

    private static void writeMedications(Connection connection, StoredDay day) throws SQLException {
        deleteOf(connection, DELETE_MEDICATIONS, day.day());
        try (var statement = connection.prepareStatement(INSERT_MEDICATION)) {
            int position = 0;
            for (var medication : day.medications()) {
                statement.setString(1, day.day());
                statement.setInt(2, position++);
                statement.setString(3, medication.medicationClass());
                statement.setString(4, medication.name());
                statement.setString(5, medication.dose());
                setNullable(statement, 6, medication.takenMinute());
                setNullable(statement, 7, medication.attackPosition());
                statement.setString(8, medication.relief());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void writeWarningSigns(Connection connection, StoredDay day) throws SQLException {
        deleteOf(connection, DELETE_WARNING_SIGNS, day.day());
        try (var statement = connection.prepareStatement(INSERT_WARNING_SIGN)) {
            for (var code : day.warningSigns()) {
                statement.setString(1, day.day());
                statement.setString(2, code);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void writeAttacks(Connection connection, StoredDay day) throws SQLException {
        deleteOf(connection, DELETE_ATTACKS, day.day());
        try (var statement = connection.prepareStatement(INSERT_ATTACK)) {
            int position = 0;
            for (var attack : day.attacks()) {
                statement.setString(1, day.day());
                statement.setInt(2, position++);
                setNullable(statement, 3, attack.startMinute());
                setNullable(statement, 4, attack.durationMinutes());
                statement.setInt(5, attack.peak());
                statement.setString(6, attack.kind());
                statement.setString(7, attack.aura());
                statement.setInt(8, attack.nausea() ? 1 : 0);
                statement.setInt(9, attack.light() ? 1 : 0);
                statement.setInt(10, attack.sound() ? 1 : 0);
                statement.setInt(11, attack.layDown() ? 1 : 0);
                statement.setInt(12, attack.missedWork() ? 1 : 0);
                statement.setString(13, attack.note());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void writeFactors(Connection connection, StoredDay day, String now) throws SQLException {
        deleteOf(connection, DELETE_TICKS, day.day());
        try (var statement = connection.prepareStatement(INSERT_TICK)) {
            for (var name : day.factors()) {
                statement.setString(1, day.day());
                statement.setLong(2, FactorRows.idMakingIt(connection, name, now));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void deleteOf(Connection connection, String sql, String day) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setString(1, day);
            statement.executeUpdate();
        }
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
