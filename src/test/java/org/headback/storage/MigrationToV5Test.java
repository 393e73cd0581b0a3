package org.headback.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A diary of schema 4 opened by this version: every value of every day is kept, and nothing is added to them. */
class MigrationToV5Test {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T19:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @Test
    void everyKindOfDay_readsBackExactly_withNoAttackFactorOrMedicationDetail() throws Exception {
        OlderDiaries.version4WithEveryKindOfDay(dataDir);

        try (var database = Database.open(dataDir)) {
            var store = new SqliteDiaryStore(database, CLOCK);

            assertThat(store.all()).containsExactlyElementsOf(OlderDiaries.EVERY_KIND_OF_DAY);
            assertThat(store.factors()).isEmpty();
            assertThat(store.medicines()).isEmpty();
            assertThat(store.courses()).isEmpty();
            int version = database.read(connection -> SchemaCheck.intPragma(connection.createStatement(),
                    "PRAGMA user_version"));
            assertThat(version).isEqualTo(5);
        }
    }

    @Test
    void oldMedicationRows_haveNoTimeAttackOrRelief() throws Exception {
        var file = OlderDiaries.version4WithEveryKindOfDay(dataDir);
        Database.open(dataDir).close();

        var rows = new ArrayList<List<Object>>();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var result = connection.createStatement().executeQuery(
                     "SELECT taken_minute, attack_position, relief FROM medication")) {
            while (result.next()) {
                rows.add(java.util.Arrays.asList(result.getObject(1), result.getObject(2), result.getObject(3)));
            }
        }
        assertThat(rows).hasSize(5).allSatisfy(row -> assertThat(row).containsOnlyNulls());
    }

    @Test
    void aMigratedDiary_takesDaysWithAttacksAndFactors_besideItsOldOnes() throws Exception {
        OlderDiaries.version4WithEveryKindOfDay(dataDir);
        var attack = new StoredDay.StoredAttack(840, 180, 7, "migraine", "no", true, false, true, true, false,
                "after the drive");
        var day = new StoredDay("2026-02-01", 3, true, false, false, 7, "migraine", 3.0, null, null, "",
                List.of(new StoredDay.StoredMedication("triptan", "sumatriptan", "50 mg", 870, 0, "a_lot")),
                List.of(), List.of(attack), List.of("coffee"));

        try (var database = Database.open(dataDir)) {
            var store = new SqliteDiaryStore(database, CLOCK);
            store.put(day);

            assertThat(store.find("2026-02-01")).contains(day);
            assertThat(store.count()).isEqualTo(OlderDiaries.EVERY_KIND_OF_DAY.size() + 1);
        }
    }
}
