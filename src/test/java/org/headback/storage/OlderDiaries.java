package org.headback.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Data folders as an older HeadBack left them: its file at an earlier schema, for the tests of upgrading. */
public final class OlderDiaries {
    private OlderDiaries() {
    }

    /**
     * Writes {@code headback.db} in {@code dataDir} at schema {@code version} (its first {@code version} migration
     * scripts), in write-ahead-log mode as HeadBack keeps its files, with one day recorded when the schema has days.
     */
    public static Path atVersion(Path dataDir, int version, String recordedDay) {
        return atVersion(dataDir, version, recordedDay, List.of());
    }

    /** A data folder of schema 3 (before cleaned forms were kept) holding these articles and no day. */
    public static Path version3(Path dataDir, List<StoredArticle> articles) {
        return atVersion(dataDir, 3, null, articles);
    }

    private static Path atVersion(Path dataDir, int version, String recordedDay, List<StoredArticle> articles) {
        var file = dataDir.resolve(Database.FILE_NAME);
        try {
            Files.createDirectories(dataDir);
            try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                 var statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
                for (var script : Migrations.SCRIPTS.subList(0, version)) {
                    for (var sql : Migrations.statements(script(script))) {
                        statement.executeUpdate(sql);
                    }
                }
                if (version >= 2 && recordedDay != null) {
                    statement.executeUpdate("INSERT INTO day_entry (day, back_pain, headache, notes, updated_at)"
                            + " VALUES ('" + recordedDay + "', 4, 6, 'recorded by an older HeadBack', "
                            + "'2026-01-30T20:00:00Z')");
                }
                insertArticles(connection, articles);
                statement.executeUpdate("PRAGMA application_id = " + SchemaCheck.APPLICATION_ID);
                statement.executeUpdate("PRAGMA user_version = " + version);
            }
            return file;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The days of {@link #version4WithEveryKindOfDay}, as stored: every field given, none given, the earliest day,
     * a day an older version saved before it, hours with six decimals, medications with and without name and dose,
     * warning signs of both lists, notes with line breaks, quotes and many scripts.
     */
    public static final List<StoredDay> EVERY_KIND_OF_DAY = List.of(
            new StoredDay("1899-12-31", 2, false, false, true, 10, "not_sure", 24.0, 0.0, 0, "saved before 1900",
                    List.of(), List.of(), List.of(), List.of()),
            new StoredDay("1900-01-01", 0, false, false, false, 0, null, 0.0, 24.0, 10, "", List.of(), List.of(),
                    List.of(), List.of()),
            new StoredDay("2026-01-10", 6, true, false, true, 7, "migraine", 4.5, 6.25, 8,
                    "Long drive,\n\"bad\" chair – 头痛 😀\r\nnext line",
                    List.of(new StoredDay.StoredMedication("triptan", "sumatriptan", "50 mg"),
                            new StoredDay.StoredMedication("simple_analgesic", "ibuprofen", "400 mg")),
                    List.of("fever_chills", "worse_lying_down"), List.of(), List.of()),
            new StoredDay("2026-01-11", 0, false, false, false, 0, null, null, null, null, "", List.of(), List.of(),
                    List.of(), List.of()),
            new StoredDay("2026-01-12", 3, false, true, false, 5, null, 2.333333, null, 0, "",
                    List.of(new StoredDay.StoredMedication("other", "", ""),
                            new StoredDay.StoredMedication("opioid", "codeine", "")),
                    List.of("headache_sudden_severe"), List.of(), List.of()),
            new StoredDay("2026-01-13", 9, true, true, true, 4, "cervicogenic", null, 7.333333, null, "=SUM(A1)",
                    List.of(new StoredDay.StoredMedication("combination_analgesic", "", "2 tablets")), List.of(),
                    List.of(), List.of()));

    /** A data folder of schema 4, the last before attacks and factors, holding {@link #EVERY_KIND_OF_DAY}. */
    public static Path version4WithEveryKindOfDay(Path dataDir) throws SQLException {
        var file = atVersion(dataDir, 4, null, List.of());
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var day = connection.prepareStatement("INSERT INTO day_entry (day, back_pain, lower_back, upper_back,"
                     + " neck, headache, headache_kind, headache_hours, sleep_hours, stress, notes, updated_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-30T20:00:00Z')");
             var medication = connection.prepareStatement(
                     "INSERT INTO medication (day, position, class, name, dose) VALUES (?, ?, ?, ?, ?)");
             var sign = connection.prepareStatement("INSERT INTO warning_sign (day, code) VALUES (?, ?)")) {
            for (var stored : EVERY_KIND_OF_DAY) {
                day.setString(1, stored.day());
                day.setInt(2, stored.backPain());
                day.setInt(3, stored.lowerBack() ? 1 : 0);
                day.setInt(4, stored.upperBack() ? 1 : 0);
                day.setInt(5, stored.neck() ? 1 : 0);
                day.setInt(6, stored.headache());
                day.setObject(7, stored.headacheKind());
                day.setObject(8, stored.headacheHours());
                day.setObject(9, stored.sleepHours());
                day.setObject(10, stored.stress());
                day.setString(11, stored.notes());
                day.executeUpdate();
                int position = 0;
                for (var taken : stored.medications()) {
                    medication.setString(1, stored.day());
                    medication.setInt(2, position++);
                    medication.setString(3, taken.medicationClass());
                    medication.setString(4, taken.name());
                    medication.setString(5, taken.dose());
                    medication.executeUpdate();
                }
                for (var code : stored.warningSigns()) {
                    sign.setString(1, stored.day());
                    sign.setString(2, code);
                    sign.executeUpdate();
                }
            }
        }
        return file;
    }

    private static void insertArticles(Connection connection, List<StoredArticle> articles)
            throws SQLException {
        try (var insert = connection.prepareStatement("INSERT INTO user_article VALUES (?, ?, ?, ?, ?, ?)")) {
            for (var article : articles) {
                insert.setString(1, article.id());
                insert.setString(2, article.title());
                insert.setString(3, article.sourceName());
                insert.setString(4, article.format());
                insert.setString(5, article.content());
                insert.setString(6, article.addedAt().toString());
                insert.executeUpdate();
            }
        }
    }

    /** Each article's text as the bytes in the file, in hexadecimal, by id. */
    public static Map<String, String> textBytes(Path dataDir) throws SQLException {
        var file = dataDir.resolve(Database.FILE_NAME);
        var bytes = new LinkedHashMap<String, String>();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var rows = connection.createStatement().executeQuery(
                     "SELECT id, hex(CAST(content AS BLOB)) FROM user_article ORDER BY rowid")) {
            while (rows.next()) {
                bytes.put(rows.getString(1), rows.getString(2));
            }
        }
        return bytes;
    }

    private static String script(String name) throws IOException {
        try (var in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
