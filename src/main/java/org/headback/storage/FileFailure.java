package org.headback.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What stopped a file-system operation, in words a user can act on ("the disk holding /home/ann/diary is full",
 * "permission denied on /home/ann/diary"), naming the user's file or folder: never an exception's class name, and
 * never the name of a working file HeadBack made for itself (those start with a dot), which is spoken of as a file
 * in its folder instead.
 */
public final class FileFailure {
    private FileFailure() {
    }

    /** Why an operation on {@code subject} failed; {@code subject} is the file or folder the user knows. */
    public static String describe(Path subject, IOException e) {
        var where = e instanceof FileSystemException system && system.getFile() != null
                ? Path.of(system.getFile()) : subject;
        var folder = folderOf(where);
        var text = reasons(e);
        if (text.contains("no space left") || text.contains("not enough space") || text.contains("quota")) {
            return "the disk holding " + folder + " is full";
        }
        if (text.contains("file too large")) {
            return "the file in " + folder + " grew larger than this system allows (a file-size limit is set)";
        }
        if (text.contains("read-only file system")) {
            return "the disk holding " + folder + " is read-only";
        }
        if (e instanceof AccessDeniedException || text.contains("permission denied")
                || text.contains("operation not permitted")) {
            return Files.exists(where) ? "permission denied on " + named(where)
                    : "permission denied on the folder " + folder;
        }
        if (e instanceof FileAlreadyExistsException) {
            return named(where) + " already exists";
        }
        if (e instanceof NoSuchFileException) {
            return named(where) + " does not exist";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return named(where) + " is a folder that is not empty";
        }
        if (e instanceof NotDirectoryException) {
            return named(where) + " is not a folder";
        }
        if (text.contains("input/output error")) {
            return "the disk holding " + folder + " could not read or write (an input/output error)";
        }
        var reason = e instanceof FileSystemException system ? system.getReason() : null;
        return reason != null && !reason.isBlank() ? reason.strip() + " (" + named(where) + ")"
                : "the disk holding " + folder + " reported an error";
    }

    /** The path as the user knows it: a working file of HeadBack's own is named by its folder. */
    static String named(Path path) {
        var name = path.getFileName();
        if (name != null && name.toString().startsWith(".")) {
            return "a working file in " + folderOf(path);
        }
        return path.toString();
    }

    private static Path folderOf(Path path) {
        var parent = path.toAbsolutePath().getParent();
        return parent != null ? parent : path.toAbsolutePath();
    }

    private static String reasons(Throwable e) {
        var text = new StringBuilder();
        for (var cause = e; cause != null && text.length() < 10_000; cause = cause.getCause()) {
            text.append(cause.getMessage()).append('\n');
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
