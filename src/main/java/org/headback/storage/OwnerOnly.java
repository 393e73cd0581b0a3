package org.headback.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Makes the user's files private to them, on file systems that have POSIX permissions. */
final class OwnerOnly {
    private OwnerOnly() {
    }

    static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    static void restrictFolder(Path folder) throws IOException {
        restrict(folder, PosixFilePermissions.fromString("rwx------"));
    }

    static void restrictFile(Path file) throws IOException {
        if (Files.exists(file)) {
            restrict(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
