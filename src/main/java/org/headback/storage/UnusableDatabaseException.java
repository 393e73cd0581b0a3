package org.headback.storage;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The data folder's database is there but cannot be used: it is not a SQLite file, belongs to another application,
 * was written by a newer HeadBack, is damaged (or its log is left without it), is an empty file where a diary was,
 * or is not a file at all. Nothing was written to it.
 * {@link Recovery} offers the ways out.
 */
public final class UnusableDatabaseException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** Why the file cannot be used. */
    public enum Reason {
        NOT_SQLITE,
        OTHER_APPLICATION,
        NEWER_VERSION,
        DAMAGED,
        /** Zero bytes: HeadBack never leaves its file so, it only ever puts a whole new database in place. */
        EMPTY,
        /** Something else at the database's path: a folder, a link to nothing. */
        NOT_A_FILE
    }

    private final transient Path file;
    private final Reason reason;

    public UnusableDatabaseException(Path file, Reason reason, String message) {
        super(message);
        this.file = Objects.requireNonNull(file, "file");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public UnusableDatabaseException(Path file, Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The file that was refused, as it is still named. */
    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
