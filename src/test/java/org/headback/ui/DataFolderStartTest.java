package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.headback.diary.DayEntry;
import org.headback.storage.Database;
import org.headback.text.Dates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderStartTest {
    @TempDir
    Path dataDir;
    private DataFolderStart start;

    @AfterEach
    void close() {
        if (start != null) {
            start.close();
        }
    }

    private void putNoDatabase() throws Exception {
        Files.writeString(dataDir.resolve(Database.FILE_NAME), "not a database, just words ".repeat(40));
    }

    @Test
    void open_onAFolderWithADiary_givesItsServices_andTheSettingsItRemembers() {
        start = DataFolderStart.open(Optional.of(dataDir));
        start.services().settings().putAll(Map.of("theme", "dark"));
        start.close();

        start = DataFolderStart.open(Optional.of(dataDir));
        assertThat(start.error()).isEmpty();
        assertThat(start.unusable()).isEmpty();
        assertThat(start.settings()).containsEntry("theme", "dark");
        assertThat(start.services().diary().all()).isEmpty();
    }

    @Test
    void open_onAFileThatIsNoDatabase_saysSo_andStartingANewDiary_keepsTheFileAside() throws Exception {
        putNoDatabase();
        start = DataFolderStart.open(Optional.of(dataDir));
        assertThat(start.error()).isEmpty();
        assertThat(start.unusable()).hasValueSatisfying(file -> {
            assertThat(file.file()).isEqualTo(dataDir.resolve(Database.FILE_NAME));
            assertThat(file.newerVersion()).isFalse();
        });
        assertThat(start.newestBackup()).isEmpty();

        var said = start.recover(false);
        assertThat(said).startsWith("A new diary was started. The file that could not be used is kept as ");
        var keptAs = Path.of(said.substring(said.indexOf(" kept as ") + 9, said.length() - 1));
        assertThat(Files.readString(keptAs)).startsWith("not a database");
        assertThat(start.unusable()).isEmpty();
        assertThat(start.services().diary().all()).isEmpty();
    }

    @Test
    void recover_fromTheNewestBackup_bringsBackItsDays() throws Exception {
        start = DataFolderStart.open(Optional.of(dataDir));
        var diary = start.services().diary();
        var yesterday = diary.today().minusDays(1);
        diary.save(DayEntry.on(yesterday).backPain(4).build());
        start.services().backups().backUpIfDue();
        start.close();
        for (var name : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(dataDir.resolve(Database.FILE_NAME + name));
        }
        putNoDatabase();

        start = DataFolderStart.open(Optional.of(dataDir));
        var backup = start.newestBackup().orElseThrow();
        assertThat(start.recover(true)).startsWith("Your diary was restored from the backup of "
                + Dates.ofUser().shown(backup.date()) + ". The file that could not be used is kept as ");
        assertThat(start.services().diary().day(yesterday)).isPresent();
    }
}
