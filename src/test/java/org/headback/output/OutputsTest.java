package org.headback.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.headback.storage.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one way files the user chose are written: whole or not at all, private, never over the diary's own files. */
class OutputsTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path folder;
    private Outputs outputs;

    @BeforeEach
    void open() {
        Database.open(dataDir).close();
        outputs = Outputs.open(dataDir);
    }

    private static Outputs.Content<String> text(String text) {
        return out -> {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            return text;
        };
    }

    private List<Path> folderFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private List<Path> journal() throws IOException {
        try (Stream<Path> entries = Files.list(PartialFiles.journal(dataDir))) {
            return entries.toList();
        }
    }

    @Test
    void write_replacesTheFileWhole_readableByItsOwnerOnly_andLeavesNothingElse() throws Exception {
        var target = Files.writeString(folder.resolve("out.csv"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        var seen = outputs.write(target, out -> {
            var partial = folderFiles().stream().filter(file -> !file.equals(target)).toList();
            assertThat(partial).as("the file being written").hasSize(1);
            assertThat(PartialFiles.isPartial(partial.get(0).getFileName().toString())).isTrue();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(partial.get(0))))
                    .isEqualTo("rw-------");
            assertThat(journal()).as("recorded while it is written").hasSize(1);
            out.write("new".getBytes(StandardCharsets.UTF_8));
            return "done";
        });
        assertThat(seen).isEqualTo("done");
        assertThat(target).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        assertThat(folderFiles()).containsExactly(target);
        assertThat(journal()).isEmpty();
    }

    @Test
    void failureOrCancel_halfWay_leavesTheEarlierFile_andNothingElse() throws Exception {
        var target = Files.writeString(folder.resolve("out.csv"), "old");
        assertThatThrownBy(() -> outputs.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new CancellationException("cancelled");
        })).isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> outputs.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("Input/output error");
        })).isInstanceOf(OutputException.class).hasMessage("Cannot write " + target + ": Input/output error");
        assertThat(target).hasContent("old");
        assertThat(folderFiles()).containsExactly(target);
        assertThat(journal()).isEmpty();
    }

    @Test
    void refusals_followLinksAndDotDot_andCompareTheFileItself() throws Exception {
        var db = dataDir.resolve(Database.FILE_NAME);
        var chain = Files.createSymbolicLink(folder.resolve("second"),
                Files.createSymbolicLink(folder.resolve("first"), db));
        var dangling = Files.createSymbolicLink(folder.resolve("dangling.csv"), dataDir.resolve("headback.db-wal"));
        var relative = Files.createSymbolicLink(folder.resolve("relative.csv"), folder.relativize(db));
        var partial = folder.resolve(".headback-42-abc.partial");
        for (var target : List.of(chain, dangling, relative, partial, dataDir.resolve("Headback.DB-Journal"),
                dataDir.resolve(".front-123.tmp"), dataDir.resolve("partial-files"))) {
            assertThatThrownBy(() -> outputs.write(target, text("x"))).as(target.toString())
                    .isInstanceOf(OutputException.class).hasMessageStartingWith(target + " ")
                    .hasMessageEndingWith("; choose another file.");
        }
        assertThat(outputs.check(dataDir.resolve("notes.csv"))).isEqualTo(dataDir.resolve("notes.csv"));
        assertThat(Files.readAllBytes(db)).startsWith("SQLite format 3".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aMissingFolder_isNamed_andNothingIsMade() {
        var target = folder.resolve("gone").resolve("out.csv");
        assertThatThrownBy(() -> outputs.write(target, text("x"))).isInstanceOf(OutputException.class)
                .hasMessage("The folder " + target.getParent() + " does not exist: " + target + " was not written.");
        assertThat(target.getParent()).doesNotExist();
    }

    /** An entry as a process with this id would have left it while writing {@code file}. */
    private Path entry(long pid, String start, Path file) throws IOException {
        Files.createDirectories(PartialFiles.journal(dataDir));
        return Files.writeString(PartialFiles.journal(dataDir).resolve(pid + "-" + Long.toHexString(file.hashCode())),
                pid + "\n" + start + "\n" + file + "\n");
    }

    private static long endedProcess() throws Exception {
        var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.pid();
    }

    @Test
    void leftovers_ofAProcessThatIsGone_areRemoved_butNotThoseOfOneStillRunning() throws Exception {
        long gone = endedProcess();
        var abandoned = Files.writeString(folder.resolve(".headback-" + gone + "-1a.partial"), "half an export");
        var abandonedEntry = entry(gone, "", abandoned);
        var self = ProcessHandle.current();
        var live = Files.writeString(folder.resolve(".headback-" + self.pid() + "-2b.partial"), "being written");
        var liveEntry = entry(self.pid(), self.info().startInstant().orElseThrow().toString(), live);

        assertThat(Outputs.removeLeftovers(dataDir)).isEqualTo(1);

        assertThat(abandoned).doesNotExist();
        assertThat(abandonedEntry).doesNotExist();
        assertThat(live).hasContent("being written");
        assertThat(liveEntry).exists();
    }

    @Test
    void leftovers_ofAReusedProcessId_areRemoved() throws Exception {
        var self = ProcessHandle.current();
        var earlier = self.info().startInstant().orElseThrow().minusSeconds(3600).toString();
        var abandoned = Files.writeString(folder.resolve(".headback-" + self.pid() + "-3c.partial"), "half");
        entry(self.pid(), earlier, abandoned);

        assertThat(Outputs.removeLeftovers(dataDir)).isEqualTo(1);
        assertThat(abandoned).doesNotExist();
    }

    @Test
    void anEntryNamingAnyOtherFile_neverRemovesIt_andABadEntryHoldsUpNoOther() throws Exception {
        long gone = endedProcess();
        var db = dataDir.resolve(Database.FILE_NAME);
        var someonesFile = Files.writeString(folder.resolve(".headback-" + (gone + 1) + "-4d.partial"), "not ours");
        entry(gone, "", db);
        entry(gone, "", someonesFile);
        Files.writeString(PartialFiles.journal(dataDir).resolve("garbage"), "\u0000\u0001");
        Files.writeString(PartialFiles.journal(dataDir).resolve(gone + "-5e"), gone + "\nnot a time\n");
        var abandoned = Files.writeString(folder.resolve(".headback-" + gone + "-6f.partial"), "half");
        entry(gone, "", abandoned);

        Outputs.removeLeftovers(dataDir);

        assertThat(db).exists();
        assertThat(someonesFile).hasContent("not ours");
        assertThat(abandoned).as("not held up by the entries it cannot read").doesNotExist();
    }

    @Test
    void anotherFoldersDiary_itsBackupsAndSideFiles_areRefusedByTheirContent_namingTheFile() throws Exception {
        var other = folder.resolve("other-data");
        Database.open(other).close();
        var otherDb = other.resolve(Database.FILE_NAME);
        var copiedBackup = Files.copy(otherDb, folder.resolve("my-diary-2026.csv"));
        var sideFile = Files.writeString(other.resolve("headback.db-journal"), "changes not yet in the database");
        var log = Files.writeString(folder.resolve("my-diary-2026.csv-wal"), "its log");
        for (var target : List.of(otherDb, copiedBackup, sideFile, log)) {
            var before = Files.readAllBytes(target);
            assertThatThrownBy(() -> outputs.write(target, text("x"))).as(target.toString())
                    .isInstanceOf(OutputException.class).hasMessageStartingWith(target + " ")
                    .hasMessageContaining("SQLite database").hasMessageEndingWith("; choose another file.");
            assertThat(Files.readAllBytes(target)).isEqualTo(before);
        }
        assertThat(outputs.check(folder.resolve("other.csv-wal"))).as("no database beside it").isNotNull();
        var notADatabase = Files.writeString(folder.resolve("notes.csv"), "SQLite format 2 and other words");
        outputs.write(notADatabase, text("new"));
        assertThat(notADatabase).hasContent("new");
    }

    @Test
    void devicesPipesSocketsAndFolders_areRefused_andLeftAsTheyWere() throws Exception {
        var fifo = folder.resolve("pipe.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        var socket = folder.resolve("socket.csv");
        try (var channel = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            channel.bind(java.net.UnixDomainSocketAddress.of(socket));
            for (var target : List.of(Path.of("/dev/null"), Path.of("/dev/full"), fifo, socket)) {
                assertThatThrownBy(() -> outputs.write(target, text("x"))).as(target.toString())
                        .isInstanceOf(OutputException.class)
                        .hasMessage(target + " is not an ordinary file (a device, a pipe or a socket); choose "
                                + "another file.");
            }
        }
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThatThrownBy(() -> outputs.write(folder, text("x"))).hasMessage(folder + " is a folder; choose "
                + "another file.");
        assertThatThrownBy(() -> outputs.write(Path.of("/"), text("x"))).hasMessage("/ is a folder; choose "
                + "another file.");
    }

    @Test
    void aDataFolderThatCannotTakeTheNote_neverBlocksAnOutputElsewhere() throws Exception {
        Files.writeString(PartialFiles.journal(dataDir), "the note's folder is a file here, as on a full disk");
        var target = folder.resolve("out.csv");
        outputs.write(target, text("the export"));
        assertThat(target).hasContent("the export");
        assertThat(folderFiles()).containsExactly(target);
        assertThatThrownBy(() -> outputs.write(target, out -> {
            throw new IOException("Input/output error");
        })).isInstanceOf(OutputException.class);
        assertThat(folderFiles()).as("a failure still leaves nothing").containsExactly(target);
    }

    @Test
    void leftoversWithNoNote_areRemovedByTheirName_byTheNextWriteIntoTheirFolder_onceADayOld() throws Exception {
        long gone = endedProcess();
        var old = Files.writeString(folder.resolve(".headback-" + gone + "-7a.partial"), "half, long ago");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(java.time.Instant.now()
                .minus(java.time.Duration.ofDays(2))));
        var recent = Files.writeString(folder.resolve(".headback-" + gone + "-8b.partial"), "half, just now");
        var someonesFile = Files.writeString(folder.resolve("headback-" + gone + "-9c.partial"), "not ours");
        Files.setLastModifiedTime(someonesFile, Files.getLastModifiedTime(old));
        var target = folder.resolve("out.csv");

        outputs.write(target, text("x"));

        assertThat(old).doesNotExist();
        assertThat(recent).as("perhaps another machine's, writing now").exists();
        assertThat(someonesFile).exists();
    }

    @Test
    void failures_areSaidInWords_namingTheChosenFile_neverTheTemporaryOne() throws Exception {
        var target = folder.resolve("out.csv");
        var failures = List.<IOException>of(
                new java.nio.file.FileSystemException(folder.resolve(".headback-1-ab.partial").toString(), null,
                        "No space left on device"),
                new java.nio.file.FileSystemException(folder.resolve(".headback-1-ab.partial").toString()),
                new IOException("Cannot write " + folder.resolve(".headback-1-ab.partial")),
                new IOException(new IllegalStateException("javax.imageio.IIOException: Error writing")),
                new java.nio.file.FileSystemException(folder.resolve(".headback-1-ab.partial").toString(), null,
                        "Is a directory"));
        for (var failure : failures) {
            assertThatThrownBy(() -> outputs.write(target, out -> {
                throw failure;
            })).as(String.valueOf(failure)).isInstanceOf(OutputException.class)
                    .hasMessageContaining(target.toString())
                    .hasMessageNotContaining(".headback-").hasMessageNotContaining("Exception")
                    .hasMessageNotContaining("null");
        }
        assertThatThrownBy(() -> outputs.write(target, out -> {
            throw failures.get(0);
        })).hasMessage("The disk holding " + folder + " is full: " + target + " was not written.");
        assertThat(folderFiles()).isEmpty();
    }
}
