package org.headback.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.headback.Launcher;
import org.headback.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk with no room left, met even when only reading: a database in write-ahead-log mode needs a small
 * shared-memory file beside it ({@code headback.db-shm}) before it can read anything, and SQLite fails to make room
 * for it ({@code SQLITE_IOERR_SHMSIZE}). The command line says the disk is full and names the folder.
 *
 * <p>No room is made by the shell's limit on the size of the files a process writes ({@code ulimit -f}): writing
 * past it fails as on a full disk. SQLite's native library is unpacked beforehand, as the limit would stop that too.
 */
@EnabledOnOs(OS.LINUX)
class NoRoomForTheLogTest {
    private static final int LIMIT_KB = 16;

    @TempDir
    Path dataDir;
    @TempDir
    Path scratch;

    @Test
    void readingOnADiskWithNoRoom_saysTheDiskIsFull_namingTheFolder() throws Exception {
        Database.open(dataDir).close();
        assertThat(Files.size(dataDir.resolve(Database.FILE_NAME))).isGreaterThan(LIMIT_KB * 1024L);
        assertThat(dataDir.resolve(Database.FILE_NAME + "-shm")).doesNotExist();
        var library = scratch.resolve("libsqlitejdbc.so");
        try (InputStream in = org.sqlite.JDBC.class.getResourceAsStream("/org/sqlite/native/Linux/"
                + nativeFolder() + "/libsqlitejdbc.so")) {
            Files.copy(in, library);
        }

        for (var command : List.of("diary list", "stats")) {
            var run = runWithLimit(library, command.split(" "));

            assertThat(run).as(command).startsWith("headback: The disk holding the data folder " + dataDir
                    + " is full").doesNotContain("SQLITE_").doesNotContain("xShm");
            assertThat(run.lines()).as(command).hasSize(1);
        }
    }

    private static String nativeFolder() {
        var arch = System.getProperty("os.arch");
        return arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch;
    }

    private String runWithLimit(Path library, String... args) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new StringBuilder("ulimit -f " + LIMIT_KB + "; exec \"$0\" -XX:-UsePerfData -Xshare:auto"
                + " -Dorg.sqlite.lib.path=\"$1\" -Dorg.sqlite.lib.name=libsqlitejdbc.so -Djava.io.tmpdir=\"$1\""
                + " -cp \"$2\" " + Launcher.class.getName() + " --data-dir \"$3\"");
        for (var arg : args) {
            command.append(' ').append(arg);
        }
        var process = new ProcessBuilder("bash", "-c", command.toString(), java, library.getParent().toString(),
                System.getProperty("java.class.path"), dataDir.toString()).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(1);
        return output;
    }
}
