package org.headback.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** The user's list of medicines, found by name ignoring case; their courses are {@link CourseRows}. */
final class MedicineRows {
    private static final String SELECT_ALL = """
            SELECT name, class, dose, preventive, hidden FROM kept_medicine ORDER BY id""";
    private static final String SELECT_ID = "SELECT id FROM kept_medicine WHERE name = ?";
    private static final String INSERT = """
            INSERT INTO kept_medicine (name, class, dose, preventive, hidden, created_at) VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String RENAME = "UPDATE kept_medicine SET name = ? WHERE id = ?";
    private static final String HIDE = "UPDATE kept_medicine SET hidden = ? WHERE id = ?";
    private static final String SELECT_COURSES = """
            SELECT m.name, c.start_day, c.stop_day FROM preventive_course c JOIN kept_medicine m ON m.id = c.medicine_id
            ORDER BY c.start_day, m.name COLLATE NOCASE, c.id""";
    private static final String INSERT_COURSE = """
            INSERT INTO preventive_course (medicine_id, start_day, stop_day) VALUES (?, ?, ?)""";

    private MedicineRows() {
    }

    static List<StoredMedicine> all(Connection connection) throws SQLException {
        var medicines = new ArrayList<StoredMedicine>();
        try (var statement = connection.prepareStatement(SELECT_ALL); var rows = statement.executeQuery()) {
            while (rows.next()) {
                medicines.add(new StoredMedicine(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getInt(4) == 1, rows.getInt(5) == 1));
            }
        }
        return List.copyOf(medicines);
    }

    private static OptionalLong id(Connection connection, String name) throws SQLException {
        try (var statement = connection.prepareStatement(SELECT_ID)) {
            statement.setString(1, name);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** Adds the medicine; false, with nothing changed, when one of that name (ignoring case) is kept already. */
    static boolean add(Connection connection, StoredMedicine medicine, String now) throws SQLException {
        if (id(connection, medicine.name()).isPresent()) {
            return false;
        }
        try (var statement = connection.prepareStatement(INSERT)) {
            statement.setString(1, medicine.name());
            statement.setString(2, medicine.medicationClass());
            statement.setString(3, medicine.dose());
            statement.setInt(4, medicine.preventive() ? 1 : 0);
            statement.setInt(5, medicine.hidden() ? 1 : 0);
            statement.setString(6, now);
            statement.executeUpdate();
        }
        return true;
    }

    /** Renames a kept medicine (its courses keep it); false when there is none {@code from} or another is called so. */
    static boolean rename(Connection connection, String from, String to) throws SQLException {
        var id = id(connection, from);
        var taken = id(connection, to);
        if (id.isEmpty() || taken.isPresent() && taken.getAsLong() != id.getAsLong()) {
            return false;
        }
        return update(connection, RENAME, to, id.getAsLong());
    }

    /** Hides or shows a kept medicine; nothing is deleted. False when there is none of that name. */
    static boolean hide(Connection connection, String name, boolean hidden) throws SQLException {
        var id = id(connection, name);
        return id.isPresent() && update(connection, HIDE, hidden ? 1 : 0, id.getAsLong());
    }

    private static boolean update(Connection connection, String sql, Object value, long id) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, value);
            statement.setLong(2, id);
            return statement.executeUpdate() == 1;
        }
    }
}
