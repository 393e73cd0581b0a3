package org.headback.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The files HeadBack keeps outside its data folder so that the system starts its background reminder at login (an
 * autostart entry, a launch agent, a shortcut in the Startup folder): written whole or not at all, and removed.
 */
public final class LoginItemStore {
    private static final String TEMPORARY_PREFIX = ".headback-";

    private LoginItemStore() {
    }

    /** Puts the file in place, making its folder if needed; a reader sees the old file or the new one, never half. */
    public static void put(Path file, byte[] content) {
        var folder = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, TEMPORARY_PREFIX, ".tmp");
            Files.write(temporary, content);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            removeQuietly(temporary);
            throw new StorageException("Cannot register the reminder to start at login: " + file + " cannot be "
                    + "written (" + FileFailure.describe(file, e) + ").", e);
        }
    }

    /** Removes the file; false when it was not there. */
    public static boolean remove(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StorageException("Cannot stop the reminder from starting at login: " + file + " cannot be "
                    + "removed (" + FileFailure.describe(file, e) + "). Remove it by hand.", e);
        }
    }

    private static void removeQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // Only a temporary file, named as HeadBack's, is left.
        }
    }
}
