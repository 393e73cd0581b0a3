package org.headback.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The background reminder's way into the diary: it reads, and never writes, makes, migrates or backs up. */
class ReadWithoutWritingTest {
    @TempDir
    Path dataDir;

    @Test
    void aFolderWithoutADiary_staysWithoutOne() throws Exception {
        assertThat(Database.openWithoutWriting(dataDir)).isEmpty();
        try (var listing = Files.list(dataDir)) {
            assertThat(listing).isEmpty();
        }
    }

    @Test
    void theDiary_isRead_andEveryWriteRefused() {
        try (var database = Database.open(dataDir)) {
            new SqliteSettingsStore(database).putAll(Map.of("reminder.on", "true"));
            new SqliteDiaryStore(database, Clock.systemUTC()).put(new StoredDay("2026-12-01", 2, false, false, false,
                    0, null, null, null, null, "", List.of(), List.of(), List.of(), List.of()));
        }
        try (var reading = Database.openWithoutWriting(dataDir).orElseThrow()) {
            assertThat(new SqliteSettingsStore(reading).all()).containsEntry("reminder.on", "true");
            assertThat(new SqliteDiaryStore(reading, Clock.systemUTC()).recorded(List.of("2026-12-01", "2026-12-02")))
                    .containsExactly("2026-12-01");
            assertThatThrownBy(() -> new SqliteSettingsStore(reading).putAll(Map.of("x", "y")))
                    .isInstanceOf(StorageException.class).hasMessageContaining("only reads");
        }
    }

    @Test
    void anOlderDiary_isReadAsItIs_neverBroughtUpToDate() throws Exception {
        OlderDiaries.atVersion(dataDir, 4, "2026-11-30");
        try (var reading = Database.openWithoutWriting(dataDir).orElseThrow()) {
            assertThat(new SqliteDiaryStore(reading, Clock.systemUTC()).recorded(List.of("2026-11-30")))
                    .containsExactly("2026-11-30");
        }
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Database.FILE_NAME));
             var rows = connection.createStatement().executeQuery("PRAGMA user_version")) {
            assertThat(rows.getInt(1)).isEqualTo(4);
        }
        try (var listing = Files.list(dataDir)) {
            assertThat(listing.map(path -> path.getFileName().toString())).doesNotContain("backups");
        }
    }

    @Test
    void aReaderBeside_neverHoldsUpTheWindowsWrite() {
        try (var window = Database.open(dataDir);
             var reminder = Database.openWithoutWriting(dataDir).orElseThrow()) {
            new SqliteSettingsStore(reminder).all();
            long start = System.nanoTime();
            new SqliteSettingsStore(window).putAll(Map.of("ui.theme", "DARK"));
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(Database.BUSY_TIMEOUT_MS / 5);
            assertThat(new SqliteSettingsStore(reminder).all()).containsEntry("ui.theme", "DARK");
        }
    }
}
