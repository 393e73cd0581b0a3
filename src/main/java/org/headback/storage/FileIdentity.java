package org.headback.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Which file on the disk a path names now: its device and inode where the system has them (its file key). A file
 * moved or copied onto the path in place of the one a connection has open is another file, though its name is the
 * same; on systems without file keys (where an open file cannot be replaced anyway) every file passes.
 */
record FileIdentity(Optional<Object> key) {
    static FileIdentity of(Path file) {
        try {
            return new FileIdentity(Optional.ofNullable(Files.readAttributes(file, BasicFileAttributes.class)
                    .fileKey()));
        } catch (IOException e) {
            return new FileIdentity(Optional.of(new Missing()));
        }
    }

    /** Whether {@code now} is the same file as this one, as far as the system can tell. */
    boolean sameAs(FileIdentity now) {
        return key.isEmpty() || key.equals(now.key);
    }

    /** No file at the path (moved away or deleted): never the same as any file. */
    private static final class Missing {
    }
}
