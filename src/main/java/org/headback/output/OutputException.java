package org.headback.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file the user chose could not be written, or may not be: the message is a whole sentence that names the file and
 * says why, ready to show as it is.
 */
public final class OutputException extends IOException {
    private static final long serialVersionUID = 1L;

    OutputException(String message) {
        super(message);
    }

    OutputException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * What stopped {@code target} from being written, in words that name it: a full disk, a folder denied. Never the
     * name of the temporary file it was written under, nor a Java class.
     */
    public static OutputException of(Path target, IOException e) {
        if (e instanceof OutputException done) {
            return done;
        }
        var folder = target.toAbsolutePath().getParent();
        var text = reasons(e);
        if (text.contains("no space left") || text.contains("not enough space") || text.contains("quota")) {
            return new OutputException("The disk holding " + folder + " is full: " + target + " was not written.", e);
        }
        if (text.contains("read-only file system")) {
            return new OutputException("The disk holding " + folder + " is read-only: " + target
                    + " was not written.", e);
        }
        if (e instanceof AccessDeniedException || text.contains("permission denied")
                || text.contains("operation not permitted")) {
            return new OutputException("Cannot write " + target + ": permission denied in the folder " + folder
                    + ".", e);
        }
        if (e instanceof NoSuchFileException) {
            return missingFolder(target, e);
        }
        if (text.contains("is a directory")) {
            return new OutputException(target + " is a folder; choose another file.", e);
        }
        if (text.contains("not a directory")) {
            return new OutputException("Cannot write " + target + ": a part of " + folder + " is a file, not a "
                    + "folder.", e);
        }
        return new OutputException("Cannot write " + target + ": " + reason(e), e);
    }

    /** The system's own words for a failure, without file names (the temporary one among them) or class names. */
    private static String reason(IOException e) {
        var reason = e instanceof FileSystemException system ? system.getReason() : e.getMessage();
        if (reason == null || reason.isBlank() || reason.contains(".headback-") || reason.matches(".*\\b[a-z]+\\.[a-z]+"
                + "\\.[A-Za-z.]*[A-Z]\\w*(Exception|Error)\\b.*")) {
            return "the system reported an error while writing it.";
        }
        return reason;
    }

    /** The messages of the error and its causes: the image library wraps the disk's own words in its own. */
    private static String reasons(Throwable e) {
        var text = new StringBuilder();
        for (var cause = e; cause != null && text.length() < 10_000; cause = cause.getCause()) {
            text.append(cause.getMessage()).append('\n');
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    static OutputException missingFolder(Path target, Throwable cause) {
        return new OutputException("The folder " + target.toAbsolutePath().getParent() + " does not exist: " + target
                + " was not written.", cause);
    }
}
