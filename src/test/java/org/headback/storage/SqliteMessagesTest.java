package org.headback.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Every family of SQLite error a user can meet is said in plain words that name the file or folder. */
class SqliteMessagesTest {
    private static final Path FILE = Path.of("/home/ann/.local/share/headback/headback.db");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SQLITE_IOERR_SHMSIZE | The disk holding the data folder /home/ann/.local/share/headback is full",
        "SQLITE_IOERR_SHMMAP | The disk holding the data folder /home/ann/.local/share/headback is full",
        "SQLITE_IOERR_SHMOPEN | cannot be made in the data folder /home/ann/.local/share/headback",
        "SQLITE_IOERR_WRITE | The disk could not read or write the database /home/ann/.local/share/headback",
        "SQLITE_IOERR_FSYNC | (an input/output error)",
        "SQLITE_FULL | The disk holding /home/ann/.local/share/headback/headback.db is full",
        "SQLITE_READONLY | cannot be written: the file or its folder is read-only",
        "SQLITE_READONLY_DIRECTORY | cannot be written: the file or its folder is read-only",
        "SQLITE_READONLY_CANTINIT | cannot be written: the file or its folder is read-only",
        "SQLITE_BUSY | is busy in another program; try again in a moment",
        "SQLITE_BUSY_SNAPSHOT | is busy in another program; try again in a moment",
        "SQLITE_LOCKED | is busy in another program; try again in a moment",
        "SQLITE_CANTOPEN | cannot be opened: check that its folder /home/ann/.local/share/headback exists",
        "SQLITE_PERM | is not allowed to use the database /home/ann/.local/share/headback/headback.db",
        "SQLITE_NOMEM | not enough memory",
        "SQLITE_NOTADB | is not a HeadBack database",
        "SQLITE_CORRUPT | is damaged: part of it cannot be read",
        "SQLITE_ERROR | could not be used"})
    void describe_eachFamily_inPlainWords_namingTheFileOrFolder(String code, String expected) {
        var error = SQLiteErrorCode.valueOf(code);
        var message = SqliteMessages.describe(FILE, new SQLiteException("[" + code + "] " + error.message, error));

        assertThat(message).contains(expected).contains("/home/ann/.local/share/headback")
                .doesNotContain("SQLITE_").doesNotContain("xShm").doesNotContain(error.message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "read-only file system | is read-only: HeadBack cannot write your diary there",
        "permission denied | is read-only: HeadBack cannot write your diary there",
        "no space | The disk holding the data folder /data/headback is full"})
    void dataFolderThatCannotBeWritten_isNamed_withTheReason(String kind, String expected) {
        var folder = Path.of("/data/headback");
        var failure = switch (kind) {
            case "read-only file system" -> new FileSystemException(folder + "/x", null, "Read-only file system");
            case "permission denied" -> new AccessDeniedException(folder + "/x");
            default -> new FileSystemException(folder + "/x", null, "No space left on device");
        };

        assertThat(DataDirectory.cannotWrite(folder, failure)).contains(folder.toString()).contains(expected)
                .doesNotContain("Cannot create");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "read-only parent | its parent folder /media/usb is read-only or you may not write to it",
        "no space | the disk holding it is full"})
    void dataFolderThatCannotBeCreated_namesTheFolderThatRefused(String kind, String expected) {
        var folder = Path.of("/media/usb/headback");
        var failure = kind.equals("no space") ? new FileSystemException(folder.toString(), null,
                "No space left on device") : new AccessDeniedException(folder.toString());

        assertThat(DataDirectory.cannotCreate(folder, failure)).contains(folder.toString()).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "exists | /data/headback/headback.db already exists",
        "working file exists | a working file in /data/headback already exists",
        "denied | permission denied on the folder /data/headback",
        "full | the disk holding /data/headback is full",
        "too large | grew larger than this system allows",
        "missing | /data/headback/headback.db does not exist",
        "other | Stale file handle (/data/headback/headback.db)"})
    void fileFailure_inWords_namingTheUsersFileOrFolder_neverAClassOrAWorkingFile(String kind, String expected) {
        var file = "/data/headback/headback.db";
        IOException failure = switch (kind) {
            case "exists" -> new FileAlreadyExistsException(file);
            case "working file exists" -> new FileAlreadyExistsException("/data/headback/.headback.db.new-123");
            case "denied" -> new AccessDeniedException("/data/headback/.headback.db.new-123");
            case "full" -> new FileSystemException(file, null, "No space left on device");
            case "too large" -> new IOException("File too large");
            case "missing" -> new NoSuchFileException(file);
            default -> new FileSystemException(file, null, "Stale file handle");
        };

        assertThat(FileFailure.describe(Path.of(file), failure)).contains(expected).doesNotContain("Exception")
                .doesNotContain(".new-");
    }
}
