package org.headback.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where the user's data lives: chosen on the command line, by {@code HEADBACK_DATA_DIR}, or the platform's default. */
public final class DataDirectory {
    public static final String ENV_VARIABLE = "HEADBACK_DATA_DIR";

    private DataDirectory() {
    }

    /** The folder to use: the explicit choice first, then the environment variable, then the platform's default. */
    public static Path resolve(Optional<Path> explicit, Map<String, String> env, String osName, Path home) {
        if (explicit.isPresent()) {
            return explicit.get().toAbsolutePath().normalize();
        }
        var fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return platformDefault(env, osName, home);
    }

    /** The folder for the running machine and user. */
    public static Path resolve(Optional<Path> explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    static Path platformDefault(Map<String, String> env, String osName, Path home) {
        var os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            var appData = env.get("APPDATA");
            var base = appData == null || appData.isBlank()
                    ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("HeadBack");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("HeadBack");
        }
        var xdg = env.get("XDG_DATA_HOME");
        var base = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("headback");
    }

    /**
     * Creates the folder if needed. A folder HeadBack makes is readable by its owner only, where the platform has
     * POSIX permissions; a folder that was there already is the user's, and its permissions are left as they are
     * (a shared folder keeps its sticky bit, a read-only one stays read-only).
     */
    public static Path prepare(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StorageException("The data folder " + dir + " is a file, not a folder.");
        }
        if (Files.isDirectory(dir)) {
            return dir;
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StorageException(cannotCreate(dir, e), e);
        }
        try {
            OwnerOnly.restrictFolder(dir);
            return dir;
        } catch (IOException e) {
            throw new StorageException(cannotWrite(dir, e), e);
        }
    }

    /** Why the data folder (or one of the folders above it) could not be made, naming the one that refused. */
    static String cannotCreate(Path dir, IOException e) {
        var refused = e instanceof FileSystemException failed && failed.getFile() != null
                ? Path.of(failed.getFile()) : dir;
        var where = refused.equals(dir) ? "" : " (" + refused + " could not be made)";
        if (isReadOnly(e)) {
            var parent = refused.toAbsolutePath().getParent();
            return "The data folder " + dir + " cannot be created: its parent folder " + parent
                    + " is read-only or you may not write to it" + where + ".";
        }
        if (isFull(e)) {
            return "The data folder " + dir + " cannot be created: the disk holding it is full" + where + ".";
        }
        return "The data folder " + dir + " cannot be created" + where + ": " + FileFailure.describe(refused, e) + ".";
    }

    /** Why something could not be written in the data folder: read-only, full, or another reason, naming it. */
    static String cannotWrite(Path dir, IOException e) {
        if (isReadOnly(e)) {
            return "The data folder " + dir + " is read-only: HeadBack cannot write your diary there. Make it "
                    + "writable, or choose another folder with --data-dir.";
        }
        if (isFull(e)) {
            return "The disk holding the data folder " + dir + " is full: nothing was saved.";
        }
        return "Cannot write in the data folder " + dir + ": " + FileFailure.describe(dir, e) + ".";
    }

    private static boolean isReadOnly(IOException e) {
        return e instanceof AccessDeniedException || reason(e).toLowerCase(Locale.ROOT).contains("read-only");
    }

    private static boolean isFull(IOException e) {
        return reason(e).toLowerCase(Locale.ROOT).contains("no space left");
    }

    private static String reason(IOException e) {
        var reason = e instanceof FileSystemException failed ? failed.getReason() : e.getMessage();
        return reason != null ? reason : "";
    }
}
