package org.headback.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What a {@link Database} does when the file at its path turns out to be another one than it has open. */
final class ReplacedFile {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss");

    private ReplacedFile() {
    }

    /** Keeps what this connection holds of the diary beside the file, then lets go of the file; says what was done. */
    static String stopWriting(Connection connection, Path file, FileIdentity logIdentity) {
        var kept = file.resolveSibling(file.getFileName() + Database.KEPT_MARK + STAMP.format(LocalDateTime.now()));
        String keptText;
        try {
            Database.endTransaction(connection);
            try (var statement = connection.prepareStatement("VACUUM INTO ?")) {
                statement.setString(1, kept.toString());
                statement.executeUpdate();
            }
            OwnerOnly.restrictFile(kept);
            keptText = " The diary as HeadBack had it is kept as " + kept + ".";
        } catch (SQLException | IOException e) {
            keptText = " HeadBack could not keep a copy of the diary as it had it: "
                    + (e instanceof IOException io ? FileFailure.describe(kept, io) : SqliteMessages.describe(kept,
                    (SQLException) e));
        }
        letGo(connection, file, logIdentity);
        return "HeadBack stopped saving: the diary file " + file + " was replaced by another file, or moved away, "
                + "while HeadBack had it open (in the folder " + file.getParent() + ")." + keptText
                + " Close HeadBack and open it again to use the file that is there now.";
    }

    /**
     * Folds this connection's log into the file it has open and closes it. SQLite does not do so by itself when it
     * closes a file that was moved, and leaves the log behind, where the next program would read it into whatever
     * file is at the path now: so the log at the path, when it is this connection's own, is removed here, with its
     * index. A log that came with the new file is another file, and is left alone.
     */
    private static void letGo(Connection connection, Path file, FileIdentity logIdentity) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            // The copy kept beside the file holds all of it.
        }
        if (logIdentity.sameAs(FileIdentity.of(Database.log(file)))) {
            for (var side : List.of(Database.log(file), file.resolveSibling(file.getFileName() + "-shm"))) {
                try {
                    Files.deleteIfExists(side);
                } catch (IOException ignored) {
                    // Left as SQLite left it: the next program then refuses a log beside the wrong file, or reads it.
                }
            }
        }
        Closing.quietly(connection);
    }
}
