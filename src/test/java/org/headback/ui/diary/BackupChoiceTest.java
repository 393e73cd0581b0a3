package org.headback.ui.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.headback.safekeeping.Backup;
import org.headback.text.Dates;
import org.junit.jupiter.api.Test;

class BackupChoiceTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void aBackupInTheList_showsItsDayAsTheWindowWritesDaysAndItsSize() {
        var choice = new BackupChoice(new Backup(Path.of("backups", "headback-2026-11-20.db"), DAY, 24_000));

        assertThat(choice).hasToString(Dates.ofUser().shown(DAY) + " (24 KB)");
    }

    @Test
    void aTinyBackup_isAtLeastOneKilobyte() {
        var choice = new BackupChoice(new Backup(Path.of("backups", "headback-2026-11-20.db"), DAY, 10));

        assertThat(choice.toString()).endsWith(" (1 KB)").doesNotContain("2026-11-20");
    }
}
