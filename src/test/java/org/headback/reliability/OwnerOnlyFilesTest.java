package org.headback.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.headback.diary.Diary;
import org.headback.storage.Backups;
import org.headback.storage.Database;
import org.headback.storage.FrontRequests;
import org.headback.storage.InstanceLock;
import org.headback.storage.Recovery;
import org.headback.storage.SqliteDiaryStore;
import org.headback.storage.SqliteSettingsStore;
import org.headback.testing.TestDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything HeadBack keeps in the data folder is the user's alone: the folder and its subfolders {@code rwx------},
 * the database, its write-ahead log and shared-memory index, the lock, the backups and a file moved aside at most
 * {@code rw-------}, even where the database was made readable for others before. (Exports go where the user chooses
 * and get the permissions the user's system gives new files there.) A folder the user chose that was there already
 * is the user's: its permissions are left as they are, and so is whatever a link in the data folder points to.
 */
class OwnerOnlyFilesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    private static final EnumSet<PosixFilePermission> NOT_THE_OWNERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    @TempDir
    Path parent;

    /** Every file and folder under the data folder, with its permissions. */
    private static Map<String, String> permissions(Path dataDir) throws Exception {
        var all = new TreeMap<String, String>();
        try (Stream<Path> paths = Files.walk(dataDir)) {
            for (var path : paths.toList()) {
                all.put(dataDir.relativize(path).toString(),
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
            }
        }
        return all;
    }

    @Test
    void everyFileHeadBackKeeps_isReadableByItsOwnerOnly() throws Exception {
        var dataDir = parent.resolve("headback");
        try (var database = Database.open(dataDir)) {
            database.close();
        }
        Files.setPosixFilePermissions(dataDir.resolve(Database.FILE_NAME),
                PosixFilePermissions.fromString("rw-r--r--"));

        Map<String, String> seen;
        try (var lock = InstanceLock.tryAcquire(dataDir).orElseThrow();
             var database = Database.open(dataDir)) {
            var diary = new Diary(new SqliteDiaryStore(database, CLOCK), CLOCK);
            diary.save(TestDays.numbered(1));
            new SqliteSettingsStore(database).putAll(Map.of("theme", "dark"));
            var backups = new Backups(database, dataDir, CLOCK);
            backups.backUpIfDue();
            backups.restore(backups.list().get(0));
            FrontRequests.send(dataDir);
            seen = permissions(dataDir);
        }
        Files.writeString(dataDir.resolve("headback.db"), "damaged");
        new Recovery(dataDir, CLOCK).moveAside();
        seen.putAll(permissions(dataDir));

        assertThat(seen.keySet()).as("what was looked at").contains("", "headback.db", "headback.db-wal",
                "headback.db-shm", "headback.lock", FrontRequests.FILE_NAME, "backups",
                "backups/headback-2026-11-21.db",
                "backups/before-restore-2026-11-21-100000.db", "headback.db.unreadable-2026-11-21T10-00-00");
        seen.forEach((name, permissions) -> assertThat(EnumSet.copyOf(PosixFilePermissions.fromString(permissions)))
                .as(name + " " + permissions).doesNotContainAnyElementsOf(NOT_THE_OWNERS));
        assertThat(List.of(seen.get(""), seen.get("backups"))).containsOnly("rwx------");
        System.out.println("OwnerOnlyFilesTest: " + seen.size() + " paths checked, all the owner's only");
    }

    @Test
    void anExistingFolderTheUserChose_keepsItsPermissions_evenASharedOnesStickyBit() throws Exception {
        var shared = parent.resolve("shared");
        Files.createDirectories(shared);
        chmod("1777", shared);

        try (var database = Database.open(shared);
             var lock = InstanceLock.tryAcquire(shared).orElseThrow()) {
            new Backups(database, shared, CLOCK).backUpIfDue();
        }

        assertThat(mode(shared)).isEqualTo("1777");
        assertThat(mode(shared.resolve(Database.FILE_NAME))).isEqualTo("600");
        assertThat(mode(shared.resolve(Backups.FOLDER))).isEqualTo("700");
    }

    @Test
    void aLinkedBackupsFolder_isUsed_butWhatItPointsToKeepsItsPermissions() throws Exception {
        var dataDir = parent.resolve("headback");
        var elsewhere = parent.resolve("synced-backups");
        Files.createDirectories(elsewhere);
        chmod("755", elsewhere);
        Files.createDirectories(dataDir);
        Files.createSymbolicLink(dataDir.resolve(Backups.FOLDER), elsewhere);

        try (var database = Database.open(dataDir)) {
            new Backups(database, dataDir, CLOCK).backUpIfDue();
        }

        assertThat(Files.isSymbolicLink(dataDir.resolve(Backups.FOLDER))).isTrue();
        assertThat(mode(elsewhere)).isEqualTo("755");
        assertThat(mode(elsewhere.resolve("headback-2026-11-21.db"))).isEqualTo("600");
    }

    private static void chmod(String mode, Path path) throws Exception {
        assertThat(new ProcessBuilder("chmod", mode, path.toString()).inheritIO().start().waitFor()).isZero();
    }

    /** The octal mode, special bits included, as {@code stat} shows it. */
    private static String mode(Path path) throws Exception {
        var stat = new ProcessBuilder("stat", "-c", "%a", path.toString()).start();
        var text = new String(stat.getInputStream().readAllBytes()).strip();
        assertThat(stat.waitFor()).isZero();
        return text;
    }
}
