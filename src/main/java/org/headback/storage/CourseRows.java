package org.headback.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The preventive courses of the kept medicines. A course is found by its medicine and start day; two courses of one
 * medicine never share a day, checked in the transaction that writes.
 */
final class CourseRows {
    /** Stands for "still taken" when comparing days: later than any day a diary holds. */
    private static final String NO_STOP = "9999-12-31";
    private static final String SELECT_ALL = """
            SELECT m.name, c.start_day, c.stop_day FROM preventive_course c JOIN kept_medicine m ON m.id = c.medicine_id
            ORDER BY c.start_day, m.name COLLATE NOCASE, c.id""";
    private static final String SELECT_MEDICINE = "SELECT id, preventive FROM kept_medicine WHERE name = ?";
    private static final String SELECT_COURSE = """
            SELECT id FROM preventive_course WHERE medicine_id = ? AND start_day = ?""";
    private static final String SELECT_OVERLAP = """
            SELECT 1 FROM preventive_course WHERE medicine_id = ? AND id <> ? AND start_day <= ?
            AND coalesce(stop_day, ?) >= ? LIMIT 1""";
    private static final String INSERT = """
            INSERT INTO preventive_course (medicine_id, start_day, stop_day) VALUES (?, ?, ?)""";
    private static final String UPDATE = "UPDATE preventive_course SET start_day = ?, stop_day = ? WHERE id = ?";

    private CourseRows() {
    }

    private record Medicine(long id, boolean preventive) {
    }

    static List<StoredCourse> all(Connection connection) throws SQLException {
        var courses = new ArrayList<StoredCourse>();
        try (var statement = connection.prepareStatement(SELECT_ALL); var rows = statement.executeQuery()) {
            while (rows.next()) {
                courses.add(new StoredCourse(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        return List.copyOf(courses);
    }

    /** Adds a course of a kept preventive medicine that shares no day with its other courses. */
    static CourseWrite add(Connection connection, StoredCourse course) throws SQLException {
        var medicine = medicine(connection, course.medicine());
        if (medicine.isEmpty()) {
            return CourseWrite.NO_MEDICINE;
        }
        if (!medicine.get().preventive()) {
            return CourseWrite.NOT_PREVENTIVE;
        }
        if (overlaps(connection, medicine.get().id(), -1, course)) {
            return CourseWrite.OVERLAPS;
        }
        try (var statement = connection.prepareStatement(INSERT)) {
            statement.setLong(1, medicine.get().id());
            statement.setString(2, course.start());
            statement.setString(3, course.stop());
            statement.executeUpdate();
        }
        return CourseWrite.DONE;
    }

    /** Gives the course of {@code now}'s medicine that starts on {@code start} the days of {@code now}. */
    static CourseWrite change(Connection connection, String start, StoredCourse now) throws SQLException {
        var medicine = medicine(connection, now.medicine());
        if (medicine.isEmpty()) {
            return CourseWrite.NO_MEDICINE;
        }
        var id = courseId(connection, medicine.get().id(), start);
        if (id.isEmpty()) {
            return CourseWrite.NO_COURSE;
        }
        if (overlaps(connection, medicine.get().id(), id.get(), now)) {
            return CourseWrite.OVERLAPS;
        }
        try (var statement = connection.prepareStatement(UPDATE)) {
            statement.setString(1, now.start());
            statement.setString(2, now.stop());
            statement.setLong(3, id.get());
            statement.executeUpdate();
        }
        return CourseWrite.DONE;
    }

    private static Optional<Medicine> medicine(Connection connection, String name) throws SQLException {
        try (var statement = connection.prepareStatement(SELECT_MEDICINE)) {
            statement.setString(1, name);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new Medicine(rows.getLong(1), rows.getInt(2) == 1))
                        : Optional.empty();
            }
        }
    }

    private static Optional<Long> courseId(Connection connection, long medicine, String start) throws SQLException {
        try (var statement = connection.prepareStatement(SELECT_COURSE)) {
            statement.setLong(1, medicine);
            statement.setString(2, start);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    private static boolean overlaps(Connection connection, long medicine, long except, StoredCourse course)
            throws SQLException {
        try (var statement = connection.prepareStatement(SELECT_OVERLAP)) {
            statement.setLong(1, medicine);
            statement.setLong(2, except);
            statement.setString(3, course.stop() == null ? NO_STOP : course.stop());
            statement.setString(4, NO_STOP);
            statement.setString(5, course.start());
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}
