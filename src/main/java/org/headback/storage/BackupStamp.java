package org.headback.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a file in the backups folder really is, whatever it is called. HeadBack writes into every backup it makes
 * the name it gave it and the moment it made it; a file is one of its backups only if it is a HeadBack database
 * carrying that stamp under that very name. A file named like a backup but holding something else, or a backup
 * copied or renamed by hand, is not one: it is neither listed nor ever deleted. Backups made before stamps existed
 * carry none ({@link Kind#UNSTAMPED}).
 */
final class BackupStamp {
    static final String NAME_KEY = "backup.name";
    static final String MADE_KEY = "backup.made";

    private BackupStamp() {
    }

    /** What a file turned out to be. */
    enum Kind {
        /** Not a HeadBack database at all. */
        NOT_A_BACKUP,
        /** A HeadBack database stamped with another name: a copy of a backup, not the backup itself. */
        COPY,
        /** A HeadBack database without a stamp: a backup of an older HeadBack, or a copy of a diary. */
        UNSTAMPED,
        /** A backup HeadBack made under this very name. */
        MADE_BY_HEADBACK
    }

    /** @param made when HeadBack made it; present for {@link Kind#MADE_BY_HEADBACK} only */
    record Found(Kind kind, Optional<Instant> made) {
    }

    /** Writes the stamp into a copy just made; the copy also becomes a plain file with no log beside it. */
    static void write(Path copy, String name, Instant made) {
        try (var connection = Database.connect(copy, false)) {
            try (var statement = connection.createStatement();
                 var mode = statement.executeQuery("PRAGMA journal_mode = DELETE")) {
                mode.next();
            }
            try (var insert = connection.prepareStatement(
                    "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?), (?, ?)")) {
                insert.setString(1, NAME_KEY);
                insert.setString(2, name);
                insert.setString(3, MADE_KEY);
                insert.setString(4, made.toString());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StorageException(SqliteMessages.describe(copy, e), e);
        }
    }

    /** Removes a stamp that a restore brought into the live database with the backup's content. */
    static void remove(Connection live) throws SQLException {
        try (var delete = live.prepareStatement("DELETE FROM setting WHERE key IN (?, ?)")) {
            delete.setString(1, NAME_KEY);
            delete.setString(2, MADE_KEY);
            delete.executeUpdate();
        }
    }

    /** Looks at a file: its header first (cheap), then the stamp inside. Never writes to it. */
    static Found read(Path file) {
        if (SchemaCheck.headBackVersion(file).isEmpty()) {
            return new Found(Kind.NOT_A_BACKUP, Optional.empty());
        }
        try (var connection = ReadOnlyOpening.forLooking(file)) {
            var name = setting(connection, NAME_KEY);
            var made = setting(connection, MADE_KEY).flatMap(BackupStamp::instant);
            if (name.isEmpty() || made.isEmpty()) {
                return new Found(Kind.UNSTAMPED, Optional.empty());
            }
            return name.get().equals(file.getFileName().toString())
                    ? new Found(Kind.MADE_BY_HEADBACK, made) : new Found(Kind.COPY, Optional.empty());
        } catch (SQLException e) {
            return new Found(Kind.NOT_A_BACKUP, Optional.empty());
        }
    }

    /** Whether a backup holds any of the user's data: a day or an article of theirs. Unreadable counts as yes. */
    static boolean hasContent(Path file) {
        try (var connection = ReadOnlyOpening.forLooking(file)) {
            return ContentCount.of(connection) > 0;
        } catch (SQLException e) {
            return true;
        }
    }

    private static Optional<String> setting(Connection connection, String key) throws SQLException {
        try (var select = connection.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            select.setString(1, key);
            try (var rows = select.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
