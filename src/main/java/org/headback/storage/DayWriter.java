package org.headback.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes days, each with its medications, warning signs, attacks and ticked factors, inside one transaction: it keeps
 * its statements and the factors' ids for the transaction's length, so that an import of years of days prepares each
 * statement and looks each factor up once. Closing it closes the statements.
 */
final class DayWriter implements AutoCloseable {
    private static final String UPSERT = """
            INSERT INTO day_entry (day, back_pain, lower_back, upper_back, neck, headache, headache_kind,
                                   headache_hours, sleep_hours, stress, notes, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (day) DO UPDATE SET
                back_pain = excluded.back_pain, lower_back = excluded.lower_back, upper_back = excluded.upper_back,
                neck = excluded.neck, headache = excluded.headache, headache_kind = excluded.headache_kind,
                headache_hours = excluded.headache_hours, sleep_hours = excluded.sleep_hours,
                stress = excluded.stress, notes = excluded.notes, updated_at = excluded.updated_at""";
    private static final String INSERT = UPSERT.substring(0, UPSERT.indexOf("ON CONFLICT")).strip();
    private static final String DELETE_MEDICATIONS = "DELETE FROM medication WHERE day = ?";
    private static final String INSERT_MEDICATION = """
            INSERT INTO medication (day, position, class, name, dose, taken_minute, attack_position, relief)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String DELETE_WARNING_SIGNS = "DELETE FROM warning_sign WHERE day = ?";
    private static final String INSERT_WARNING_SIGN = "INSERT INTO warning_sign (day, code) VALUES (?, ?)";
    private static final String DELETE_ATTACKS = "DELETE FROM attack WHERE day = ?";
    private static final String INSERT_ATTACK = """
            INSERT INTO attack (day, position, start_minute, duration_minutes, peak, kind, aura, nausea, light, sound,
                                lay_down, missed_work, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String DELETE_TICKS = "DELETE FROM factor_tick WHERE day = ?";
    private static final String INSERT_TICK = "INSERT OR IGNORE INTO factor_tick (day, factor_id) VALUES (?, ?)";

    private final Connection connection;
    private final String now;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Map<String, Long> factorIds = new HashMap<>();

    /** A writer in the connection's transaction; {@code now} is the time the days are written at. */
    DayWriter(Connection connection, String now) {
        this.connection = connection;
        this.now = now;
    }

    /** Writes one day in the connection's transaction. */
    static void writeOne(Connection connection, StoredDay day, boolean added, String now) throws SQLException {
        try (var writer = new DayWriter(connection, now)) {
            writer.write(day, added);
        }
    }

    /**
     * Writes a day and replaces its parts with the ones it holds now; a day {@code added} (known not to be in the
     * diary, so without parts: they go with their day) is inserted and its parts only written.
     */
    void write(StoredDay day, boolean added) throws SQLException {
        var statement = statement(added ? INSERT : UPSERT);
        bindDay(statement, day);
        statement.executeUpdate();
        if (!added) {
            for (var delete : new String[] {DELETE_MEDICATIONS, DELETE_WARNING_SIGNS, DELETE_ATTACKS, DELETE_TICKS}) {
                var deleting = statement(delete);
                deleting.setString(1, day.day());
                deleting.executeUpdate();
            }
        }
        if (!day.medications().isEmpty()) {
            writeMedications(day);
        }
        if (!day.warningSigns().isEmpty()) {
            writeWarningSigns(day);
        }
        if (!day.attacks().isEmpty()) {
            writeAttacks(day);
        }
        if (!day.factors().isEmpty()) {
            writeFactors(day);
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        var statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    private void bindDay(PreparedStatement statement, StoredDay day) throws SQLException {
        statement.setString(1, day.day());
        statement.setInt(2, day.backPain());
        statement.setInt(3, day.lowerBack() ? 1 : 0);
        statement.setInt(4, day.upperBack() ? 1 : 0);
        statement.setInt(5, day.neck() ? 1 : 0);
        statement.setInt(6, day.headache());
        statement.setString(7, day.headacheKind());
        setNullable(statement, 8, day.headacheHours());
        setNullable(statement, 9, day.sleepHours());
        DayParts.setNullable(statement, 10, day.stress());
        statement.setString(11, day.notes());
        statement.setString(12, now);
    }

    private static void setNullable(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.REAL);
        } else {
            statement.setDouble(index, value);
        }
    }

    private void writeMedications(StoredDay day) throws SQLException {
        var statement = statement(INSERT_MEDICATION);
        int position = 0;
        for (var medication : day.medications()) {
            statement.setString(1, day.day());
            statement.setInt(2, position++);
            statement.setString(3, medication.medicationClass());
            statement.setString(4, medication.name());
            statement.setString(5, medication.dose());
            DayParts.setNullable(statement, 6, medication.takenMinute());
            DayParts.setNullable(statement, 7, medication.attackPosition());
            statement.setString(8, medication.relief());
            statement.addBatch();
        }
        statement.executeBatch();
    }

    private void writeWarningSigns(StoredDay day) throws SQLException {
        var statement = statement(INSERT_WARNING_SIGN);
        for (var code : day.warningSigns()) {
            statement.setString(1, day.day());
            statement.setString(2, code);
            statement.addBatch();
        }
        statement.executeBatch();
    }

    private void writeAttacks(StoredDay day) throws SQLException {
        var statement = statement(INSERT_ATTACK);
        int position = 0;
        for (var attack : day.attacks()) {
            statement.setString(1, day.day());
            statement.setInt(2, position++);
            DayParts.setNullable(statement, 3, attack.startMinute());
            DayParts.setNullable(statement, 4, attack.durationMinutes());
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

    private void writeFactors(StoredDay day) throws SQLException {
        var statement = statement(INSERT_TICK);
        for (var name : day.factors()) {
            var id = factorIds.get(name);
            if (id == null) {
                id = FactorRows.idMakingIt(connection, name, now);
                factorIds.put(name, id);
            }
            statement.setString(1, day.day());
            statement.setLong(2, id);
            statement.addBatch();
        }
        statement.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (var statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
