package org.headback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.headback.output.KeptFilesFixture;
import org.headback.storage.Backups;
import org.headback.storage.Database;
import org.headback.storage.InstanceLock;
import org.headback.testing.TestDays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command that writes a file the user names ({@code diary export}, {@code chart}, {@code report}) refuses a
 * file that is, or leads to, the diary's database, one of its side files, a backup or another file HeadBack keeps in
 * its data folder, and leaves every one of them as it was.
 */
class OutputTargetCliTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private String err;
    private final LocalDate today = LocalDate.now();

    private int run(String... args) {
        var result = CliRun.in(dataDir, args);
        err = result.err();
        return result.code();
    }

    @BeforeEach
    void recordSixtyDaysWithABackup() throws Exception {
        var csv = Files.writeString(files.resolve("days.csv"), TestDays.sixtyDaysCsv(today), StandardCharsets.UTF_8);
        assertThat(run("diary", "import", csv.toString())).isEqualTo(Cli.OK);
        KeptFilesFixture.fill(dataDir);
    }

    /** The command that writes {@code target}, for each of the three kinds of output. */
    private static String[] command(String kind, Path target) {
        return switch (kind) {
            case "csv" -> new String[] {"diary", "export", target.toString()};
            case "png" -> new String[] {"chart", "together", "--out", target.toString(), "--width", "400",
                "--height", "300"};
            case "pdf" -> new String[] {"report", "--out", target.toString()};
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "png", "pdf"})
    void outputOntoTheDataFoldersOwnFiles_isRefused_andChangesNothing(String kind) throws Exception {
        try (var database = Database.open(dataDir); var lock = InstanceLock.tryAcquire(dataDir).orElseThrow()) {
            assertThat(database.file().resolveSibling("headback.db-wal")).as("the log beside an open database")
                    .exists();
            var before = KeptFilesFixture.snapshot(dataDir);
            for (var target : KeptFilesFixture.forbidden(dataDir, files, kind)) {
                int code = run(command(kind, target));
                boolean named = target.getFileName().toString().endsWith("." + kind);
                if (kind.equals("csv") || named) {
                    assertThat(code).as(target + ": " + err).isEqualTo(Cli.FAILED);
                    assertThat(err).as(target.toString()).startsWith("headback: " + target + " ")
                            .contains("; choose another file").doesNotContain("Exception", "\tat ");
                } else {
                    assertThat(code).as(target + " has the wrong extension: " + err).isEqualTo(Cli.USAGE);
                }
                assertThat(KeptFilesFixture.snapshot(dataDir)).as("after writing to " + target).isEqualTo(before);
            }
        }
        assertThat(run("diary", "list")).as(err).isEqualTo(Cli.OK);
    }

    @Test
    void refusal_saysWhatTheFileIs() throws Exception {
        var db = dataDir.resolve(Database.FILE_NAME);
        run("diary", "export", db.toString());
        assertThat(err.strip()).isEqualTo("headback: " + db + " is your diary's database; choose another file.");

        var link = Files.createSymbolicLink(files.resolve("diary.csv"), db);
        run("diary", "export", link.toString());
        assertThat(err.strip()).isEqualTo("headback: " + link + " leads to " + db.toRealPath()
                + ", which is your diary's database; choose another file.");

        var inBackups = dataDir.resolve(Backups.FOLDER).resolve("chart.png");
        run("chart", "months", "--out", inBackups.toString());
        assertThat(err.strip()).isEqualTo("headback: " + inBackups
                + " is in your diary's backups folder; choose another file.");
        assertThat(inBackups).doesNotExist();
    }

    @Test
    void anOrdinaryFileInTheDataFolder_canStillBeWritten() {
        var mine = dataDir.resolve("my-export.csv");
        assertThat(run("diary", "export", mine.toString())).as(err).isEqualTo(Cli.OK);
        assertThat(mine).isNotEmptyFile();
    }

    @Test
    void chartWithAnotherExtension_isAUsageError_andWritesNothing() {
        for (var name : List.of("chart.jpg", "chart", "chart.png.csv")) {
            var target = files.resolve(name);
            assertThat(run("chart", "together", "--out", target.toString())).as(name).isEqualTo(Cli.USAGE);
            assertThat(err).contains(name + " does not end in .png");
            assertThat(target).doesNotExist();
        }
        assertThat(run("chart", "together", "--out", files.resolve("chart.PNG").toString(), "--width", "400",
                "--height", "300")).as(err).isEqualTo(Cli.OK);
    }

    @Test
    void exportWithAReversedRange_isRefused_andTheEarlierFileStaysByteForByte() throws Exception {
        var earlier = Files.writeString(files.resolve("diary.csv"), "last week's export\n");
        assertThat(run("diary", "export", earlier.toString(), "--from", today.toString(), "--to",
                today.minusDays(5).toString())).isEqualTo(Cli.FAILED);
        assertThat(err.strip()).isEqualTo("headback: The range is reversed: --to " + today.minusDays(5)
                + " is before --from " + today + ".");
        assertThat(earlier).hasContent("last week's export");
        assertThat(run("diary", "list", "--from", today.toString(), "--to", today.minusDays(5).toString()))
                .as("the same range listed").isEqualTo(Cli.FAILED);
        assertThat(err).startsWith("headback: The range is reversed");
    }

    @Test
    void exportOfNoDay_isRefused_andTheEarlierFileStays() throws Exception {
        var earlier = Files.writeString(files.resolve("diary.csv"), "last week's export\n");
        assertThat(run("diary", "export", earlier.toString(), "--from", "2020-01-01", "--to", "2020-02-01"))
                .isEqualTo(Cli.FAILED);
        assertThat(err.strip()).isEqualTo("headback: No days are recorded from 2020-01-01 to 2020-02-01; "
                + "nothing was written.");
        assertThat(earlier).hasContent("last week's export");

        var empty = files.resolve("empty-data");
        var result = CliRun.in(empty, "diary", "export", earlier.toString());
        assertThat(result.code()).isEqualTo(Cli.FAILED);
        assertThat(result.err().strip()).isEqualTo("headback: The diary has no recorded days yet; nothing was "
                + "written.");
        assertThat(earlier).hasContent("last week's export");
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "png", "pdf"})
    void outputOntoAnotherFoldersDiaryOrBackup_isRefused_namingIt(String kind) throws Exception {
        var other = files.resolve("other-data");
        var csv = Files.writeString(files.resolve("other.csv"), TestDays.sixtyDaysCsv(today), StandardCharsets.UTF_8);
        assertThat(CliRun.in(other, "diary", "import", csv.toString()).code()).isEqualTo(Cli.OK);
        KeptFilesFixture.fill(other);
        var backup = Files.list(other.resolve(Backups.FOLDER)).findFirst().orElseThrow();
        var copied = Files.copy(backup, files.resolve("diary-copy." + kind));
        for (var target : List.of(other.resolve(Database.FILE_NAME), backup, copied)) {
            var before = Files.readAllBytes(target);
            int code = run(command(kind, target));
            if (!kind.equals("csv") && !target.toString().endsWith("." + kind)) {
                assertThat(code).isEqualTo(Cli.USAGE);
            } else {
                assertThat(code).as(target + ": " + err).isEqualTo(Cli.FAILED);
                assertThat(err.strip()).isEqualTo("headback: " + target + " is an SQLite database (a HeadBack "
                        + "diary, a backup of one, or another program's data); choose another file.");
            }
            assertThat(Files.readAllBytes(target)).isEqualTo(before);
        }
    }

    @Test
    void outputOntoADeviceOrAFolder_isRefused_inWords() {
        assertThat(run("diary", "export", "/dev/null")).isEqualTo(Cli.FAILED);
        assertThat(err.strip()).isEqualTo("headback: /dev/null is not an ordinary file (a device, a pipe or a "
                + "socket); choose another file.");
        assertThat(run("diary", "export", "/dev/full")).isEqualTo(Cli.FAILED);
        assertThat(err).startsWith("headback: /dev/full is not an ordinary file");
        assertThat(run("chart", "months", "--out", "/")).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: --out: / is a folder: give the name of a file ending in .png")
                .doesNotContain("null");
        assertThat(run("diary", "export", files.toString())).isEqualTo(Cli.FAILED);
        assertThat(err.strip()).isEqualTo("headback: " + files + " is a folder; choose another file.");
    }
}
