package org.headback.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another file moved or copied onto the diary's path while a program (the window) has the diary open: nothing more
 * is saved into the file that was replaced, what it held is kept beside it, and its write-ahead log is never read
 * into the file that is there now.
 */
class ReplacedFileTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    private static StoredDay day(int index) {
        return new StoredDay(LocalDate.of(2026, 1, 1).plusDays(index).toString(), index % 11, false, false, false,
                index % 7, null, null, null, null, "day " + index, List.of(), List.of(), List.of(), List.of());
    }

    /** Another HeadBack diary, with one day of its own, made in another folder and closed. */
    private Path otherDiary(int dayIndex) {
        try (var database = Database.open(elsewhere)) {
            new SqliteDiaryStore(database, CLOCK).put(day(dayIndex));
        }
        return elsewhere.resolve(Database.FILE_NAME);
    }

    private List<String> keptCopies() throws Exception {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.startsWith(Database.FILE_NAME + Database.KEPT_MARK)).toList();
        }
    }

    @Test
    void save_afterAnotherFileWasMovedOntoThePath_isRefused_andNoOldLogReachesTheNewFile() throws Exception {
        var other = otherDiary(99);
        try (var window = Database.open(dataDir)) {
            var store = new SqliteDiaryStore(window, CLOCK);
            store.put(day(1));

            Files.move(other, dataDir.resolve(Database.FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);

            assertThatThrownBy(() -> store.put(day(2))).isInstanceOf(StorageException.class)
                    .hasMessageContaining("stopped saving").hasMessageContaining(dataDir.toString())
                    .hasMessageContaining("replaced");
            assertThatThrownBy(() -> store.put(day(3))).as("and stays stopped").hasMessageContaining("stopped saving");

            // A second program opening the folder while the window is still open finds the new file as it is.
            try (var next = Database.open(dataDir)) {
                assertThat(new SqliteDiaryStore(next, CLOCK).all()).containsExactly(day(99));
            }
        }
        try (var reopened = Database.open(dataDir)) {
            assertThat(new SqliteDiaryStore(reopened, CLOCK).all()).containsExactly(day(99));
        }
        var kept = keptCopies();
        assertThat(kept).hasSize(1);
        var copyFolder = elsewhere.resolve("kept");
        Files.createDirectories(copyFolder);
        Files.copy(dataDir.resolve(kept.get(0)), copyFolder.resolve(Database.FILE_NAME));
        try (var copy = Database.open(copyFolder)) {
            assertThat(new SqliteDiaryStore(copy, CLOCK).all()).as("what the window had").containsExactly(day(1));
        }
    }

    @Test
    void lookingForOutsideChanges_afterTheFileWasMovedAway_saysSoAndStopsSaving() throws Exception {
        try (var window = Database.open(dataDir)) {
            new SqliteDiaryStore(window, CLOCK).put(day(1));
            Files.move(dataDir.resolve(Database.FILE_NAME), elsewhere.resolve("moved.db"));

            assertThatThrownBy(window::changedElsewhere).hasMessageContaining("stopped saving")
                    .hasMessageContaining(dataDir.toString());
            assertThatThrownBy(() -> new SqliteDiaryStore(window, CLOCK).put(day(2)))
                    .hasMessageContaining("stopped saving");
        }
        assertThat(dataDir.resolve(Database.FILE_NAME + "-wal")).as("the moved file's log went into it")
                .doesNotExist();
        var movedFolder = elsewhere.resolve("moved");
        Files.createDirectories(movedFolder);
        Files.copy(elsewhere.resolve("moved.db"), movedFolder.resolve(Database.FILE_NAME));
        try (var moved = Database.open(movedFolder)) {
            assertThat(new SqliteDiaryStore(moved, CLOCK).all()).containsExactly(day(1));
        }
    }

    @Test
    void save_whileTheFileStaysInPlace_isNotDisturbedByTheCheck() {
        try (var window = Database.open(dataDir); var other = Database.open(dataDir)) {
            for (int i = 0; i < 20; i++) {
                new SqliteDiaryStore(i % 2 == 0 ? window : other, CLOCK).put(day(i));
            }
            assertThat(window.changedElsewhere()).isTrue();
            assertThat(new SqliteDiaryStore(window, CLOCK).count()).isEqualTo(20);
        }
    }
}
