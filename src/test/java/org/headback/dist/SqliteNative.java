package org.headback.dist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Puts SQLite's native library for this system in the app image's {@code lib/app/native}, where the packaged app's
 * {@code -Dorg.sqlite.lib.path=$APPDIR/native} loads it from. Without it, SQLite's driver writes its library out of
 * its jar into the system's temporary folder at every start (1 MB, hashed and compared with any copy already
 * there), and the app cannot start when that folder is full. If the file is missing, the driver does as before.
 *
 * <p>Argument: the folder to put it in (created).
 */
public final class SqliteNative {
    private SqliteNative() {
    }

    public static void main(String[] args) throws IOException {
        var target = copy(Path.of(args[0]));
        System.out.println("SQLite's native library in the image: " + target.getFileName() + " ("
                + LibraryLoaderUtil.getNativeLibResourcePath() + ", " + Files.size(target) / 1024 + " KB).");
    }

    /** Copies this system's library into {@code folder}; fails if SQLite's jar has none for it. */
    static Path copy(Path folder) throws IOException {
        var resource = resourceName();
        try (InputStream in = SqliteNative.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("SQLite's jar has no native library for this system: " + resource);
            }
            Files.createDirectories(folder);
            var target = folder.resolve(LibraryLoaderUtil.getNativeLibName());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
    }

    /** Where SQLite's driver itself looks in its jar on this system, such as /org/sqlite/native/Linux/x86_64/... */
    static String resourceName() {
        return LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
    }
}
