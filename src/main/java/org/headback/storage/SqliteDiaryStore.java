package org.headback.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.headback.work.Progress;

/**
 * {@link DiaryStore} in the user's SQLite file: one row per day, its medications, warning signs, attacks and ticked
 * factors in their own tables, all of a day written in one transaction; the user's factors and medicines in theirs.
 */
public final class SqliteDiaryStore implements DiaryStore {
    private static final String DAY_COLUMNS = """
            day, back_pain, lower_back, upper_back, neck, headache, headache_kind, headache_hours, sleep_hours,
            stress, notes""";
    private static final String SELECT_BETWEEN = "SELECT " + DAY_COLUMNS
            + " FROM day_entry WHERE day BETWEEN ? AND ? ORDER BY day";
    private static final String DELETE_DAY = "DELETE FROM day_entry WHERE day = ?";
    private static final String IS_RECORDED = "SELECT 1 FROM day_entry WHERE day = ?";
    private static final String COUNT = "SELECT count(*) FROM day_entry";
    private static final String SPAN = "SELECT min(day), max(day) FROM day_entry";
    private static final String FIRST_DAY = "0000-01-01";
    private static final String LAST_DAY = "9999-12-31";

    private final Database database;
    private final Clock clock;

    public SqliteDiaryStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<StoredDay> find(String day) {
        return between(day, day).stream().findFirst();
    }

    @Override
    public List<StoredDay> all() {
        return between(FIRST_DAY, LAST_DAY);
    }

    @Override
    public List<StoredDay> between(String from, String to) {
        return database.read(connection -> between(connection, from, to));
    }

    private static List<StoredDay> between(Connection connection, String from, String to) throws SQLException {
        var medications = DayParts.medications(connection, from, to);
        var signs = DayParts.warningSigns(connection, from, to);
        var attacks = DayParts.attacks(connection, from, to);
        var factors = DayParts.factors(connection, from, to);
        var days = new ArrayList<StoredDay>();
        try (var statement = connection.prepareStatement(SELECT_BETWEEN)) {
            statement.setString(1, from);
            statement.setString(2, to);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    var day = rows.getString("day");
                    days.add(toDay(rows, medications.getOrDefault(day, List.of()), signs.getOrDefault(day, List.of()),
                            attacks.getOrDefault(day, List.of()), factors.getOrDefault(day, List.of())));
                }
            }
        }
        return List.copyOf(days);
    }

    private static StoredDay toDay(ResultSet rows, List<StoredDay.StoredMedication> medications,
                                   List<String> warningSigns, List<StoredDay.StoredAttack> attacks,
                                   List<String> factors) throws SQLException {
        return new StoredDay(rows.getString("day"), rows.getInt("back_pain"), rows.getInt("lower_back") == 1,
                rows.getInt("upper_back") == 1, rows.getInt("neck") == 1, rows.getInt("headache"),
                rows.getString("headache_kind"), nullableDouble(rows, "headache_hours"),
                nullableDouble(rows, "sleep_hours"), DayParts.nullableInt(rows, "stress"), rows.getString("notes"),
                medications, warningSigns, attacks, factors);
    }

    @Override
    public void put(StoredDay day) {
        database.write(connection -> {
            DayWriter.writeOne(connection, day, false, clock.instant().toString());
            return null;
        });
    }

    @Override
    public boolean add(StoredDay day) {
        return database.write(connection -> {
            if (isRecorded(connection, day.day())) {
                return false;
            }
            DayWriter.writeOne(connection, day, true, clock.instant().toString());
            return true;
        });
    }

    @Override
    public boolean putIfStill(StoredDay day, Predicate<Optional<StoredDay>> stillAsSeen) {
        return database.write(connection -> {
            if (!stillAsSeen.test(between(connection, day.day(), day.day()).stream().findFirst())) {
                return false;
            }
            DayWriter.writeOne(connection, day, false, clock.instant().toString());
            return true;
        });
    }

    @Override
    public PutAllResult putAll(List<StoredDay> days, OnConflict onConflict, Progress progress) {
        return database.write(connection -> {
            var recorded = new TreeSet<String>();
            for (var day : days) {
                if (isRecorded(connection, day.day())) {
                    recorded.add(day.day());
                }
            }
            if (onConflict == OnConflict.FAIL && !recorded.isEmpty()) {
                return new PutAllResult(0, 0, 0, List.copyOf(recorded));
            }
            int written = 0;
            int done = 0;
            try (var writer = new DayWriter(connection, clock.instant().toString())) {
                for (var day : days) {
                    progress.stopIfAsked();
                    boolean there = recorded.contains(day.day());
                    if (!there || onConflict == OnConflict.REPLACE) {
                        writer.write(day, !there);
                        written++;
                    }
                    progress.done(++done, days.size());
                }
            }
            int replaced = onConflict == OnConflict.REPLACE ? recorded.size() : 0;
            return new PutAllResult(written, replaced, recorded.size() - replaced, List.of());
        });
    }

    @Override
    public Optional<StoredDay> remove(String day) {
        return database.write(connection -> {
            var before = between(connection, day, day).stream().findFirst();
            try (var statement = connection.prepareStatement(DELETE_DAY)) {
                statement.setString(1, day);
                statement.executeUpdate();
            }
            return before;
        });
    }

    @Override
    public Set<String> recorded(Collection<String> days) {
        return database.read(connection -> {
            var found = new HashSet<String>();
            for (var day : days) {
                if (isRecorded(connection, day)) {
                    found.add(day);
                }
            }
            return found;
        });
    }

    private static boolean isRecorded(Connection connection, String day) throws SQLException {
        try (var statement = connection.prepareStatement(IS_RECORDED)) {
            statement.setString(1, day);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    @Override
    public int count() {
        return database.read(connection -> {
            try (var statement = connection.prepareStatement(COUNT); var rows = statement.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    @Override
    public Optional<RecordedSpan> recordedSpan() {
        return database.read(connection -> {
            try (var statement = connection.prepareStatement(SPAN); var rows = statement.executeQuery()) {
                return rows.next() && rows.getString(1) != null
                        ? Optional.of(new RecordedSpan(rows.getString(1), rows.getString(2))) : Optional.empty();
            }
        });
    }

    private static Double nullableDouble(ResultSet rows, String column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    @Override
    public List<StoredFactor> factors() {
        return database.read(FactorRows::all);
    }

    @Override
    public boolean addFactor(StoredFactor factor) {
        return database.write(connection -> FactorRows.add(connection, factor, clock.instant().toString()));
    }

    @Override
    public boolean renameFactor(String from, String to) {
        return database.write(connection -> FactorRows.rename(connection, from, to));
    }

    @Override
    public boolean hideFactor(String name, boolean hidden) {
        return database.write(connection -> FactorRows.hide(connection, name, hidden));
    }

    @Override
    public boolean changeFactorEffect(String name, String effect) {
        return database.write(connection -> FactorRows.changeEffect(connection, name, effect));
    }

    @Override
    public List<StoredMedicine> medicines() {
        return database.read(MedicineRows::all);
    }

    @Override
    public boolean addMedicine(StoredMedicine medicine) {
        return database.write(connection -> MedicineRows.add(connection, medicine, clock.instant().toString()));
    }

    @Override
    public boolean renameMedicine(String from, String to) {
        return database.write(connection -> MedicineRows.rename(connection, from, to));
    }

    @Override
    public boolean hideMedicine(String name, boolean hidden) {
        return database.write(connection -> MedicineRows.hide(connection, name, hidden));
    }

    @Override
    public List<StoredCourse> courses() {
        return database.read(CourseRows::all);
    }

    @Override
    public CourseWrite addCourse(StoredCourse course) {
        return database.write(connection -> CourseRows.add(connection, course));
    }

    @Override
    public CourseWrite changeCourse(String start, StoredCourse now) {
        return database.write(connection -> CourseRows.change(connection, start, now));
    }
}
