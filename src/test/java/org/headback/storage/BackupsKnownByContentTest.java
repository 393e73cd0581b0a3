package org.headback.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Backups are known by what they are and when they were made, never by their names: what a name says decides
 * nothing that is deleted or offered.
 */
class BackupsKnownByContentTest extends OpenArticleStore {
    /**
     * Files named for days still to come (copies of a real backup, renamed; a copy of the diary itself; text) and
     * files named like backups that hold something else: none pushes a real backup out, none is deleted, none is
     * offered, and the newest offered is the newest really made.
     */
    @Test
    void backUpIfDue_filesNamedForDaysToCome_andJunkNamedLikeBackups_neverPushOutRealOnes_norAreDeleted()
            throws Exception {
        addArticles("kept");
        var real = backupsAt(START).backUpIfDue().orElseThrow();
        var others = new java.util.TreeMap<Path, byte[]>();
        for (int i = 1; i <= 13; i++) {
            var copy = backupsFolder().resolve("headback-2030-01-%02d.db".formatted(i));
            Files.copy(real, copy);
            others.put(copy, Files.readAllBytes(copy));
        }
        var diaryCopy = backupsFolder().resolve("headback-2031-01-01.db");
        database.read(c -> c.createStatement().execute("VACUUM INTO '" + diaryCopy + "'"));
        others.put(diaryCopy, Files.readAllBytes(diaryCopy));
        for (var name : List.of("headback-2026-02-01.db", "headback-2029-12-31.db",
                "before-restore-2026-02-01-120000.db", ".headback-notes.db.partial")) {
            var junk = Files.writeString(backupsFolder().resolve(name), "a note, not a backup");
            others.put(junk, Files.readAllBytes(junk));
        }

        for (int day = 1; day < 20; day++) {
            assertThat(backupsAt(START.plusDays(day)).backUpIfDue()).isPresent();
        }

        var kept = backupsAt(START.plusDays(19)).list();
        assertThat(kept).extracting(Backups.Backup::date).containsExactlyElementsOf(java.util.stream.IntStream
                .iterate(19, day -> day - 1).limit(Backups.KEEP).mapToObj(day -> START.toLocalDate().plusDays(day))
                .toList());
        for (var other : others.entrySet()) {
            assertThat(Files.readAllBytes(other.getKey())).as(other.getKey().toString()).isEqualTo(other.getValue());
        }
        assertThat(real).as("the oldest real backup, pruned").doesNotExist();
    }

    @Test
    void backUpIfDue_ofAnEmptyDiary_besideBackupsThatHoldSomething_makesNone() {
        addArticles("in the backup");
        backupsAt(START).backUpIfDue().orElseThrow();
        store.remove("in the backup");

        assertThat(backupsAt(START.plusDays(1)).backUpIfDue()).isEmpty();
        assertThat(backupsAt(START.plusDays(1)).list()).extracting(Backups.Backup::date)
                .containsExactly(START.toLocalDate());

        addArticles("new");
        assertThat(backupsAt(START.plusDays(1)).backUpIfDue()).isPresent();
    }

    @Test
    void restore_leavesNoBackupStampInTheDiary() throws Exception {
        addArticles("a");
        var backups = backupsAt(START);
        backups.backUpIfDue();

        backups.restore(backups.list().get(0));

        assertThat(new SqliteSettingsStore(database).all()).doesNotContainKeys(BackupStamp.NAME_KEY,
                BackupStamp.MADE_KEY);
    }

    /**
     * A backup made while the clock was set years ahead (its stamp says 2031) is not the newest for ever: the backups
     * made since rank above it, and it is pruned in its turn rather than kept for ever.
     */
    @Test
    void backupStampedInTheFuture_isNeverOfferedAsNewest_andIsPrunedInItsTurn() throws Exception {
        addArticles("kept");
        var wrongClock = Clock.fixed(Instant.parse("2031-06-01T12:00:00Z"), ZoneOffset.UTC);
        var fromTheFuture = new Backups(database, dataDir, wrongClock).backUpIfDue().orElseThrow();
        var namedForToday = backupsFolder().resolve("headback-" + START.toLocalDate() + ".db");
        // Made with the wrong clock, then named for the day it really was, as HeadBack names it once set right.
        BackupStamp.write(Files.move(fromTheFuture, namedForToday), namedForToday.getFileName().toString(),
                wrongClock.instant());

        assertThat(backupsAt(START.plusDays(1)).backUpIfDue()).isPresent();
        assertThat(backupsAt(START.plusDays(1)).list().get(0).date()).as("the newest offered")
                .isEqualTo(START.toLocalDate().plusDays(1));

        for (int day = 2; day <= Backups.KEEP + 1; day++) {
            assertThat(backupsAt(START.plusDays(day)).backUpIfDue()).isPresent();
        }
        assertThat(namedForToday).as("pruned as the oldest").doesNotExist();
    }
}
