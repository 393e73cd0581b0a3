package org.headback.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The one way HeadBack writes a file the user chose: a CSV export, a chart, the report for the doctor.
 *
 * <ul>
 *   <li>A file that is, or leads to, one HeadBack keeps in the data folder (the database, its side files, a backup)
 *       is refused before anything is written ({@link OutputGuard}); so is any existing file that is not an
 *       ordinary one (a device, a pipe) or that holds an SQLite database, whoever's it is.</li>
 *   <li>The content goes to a temporary file beside the target, readable by its owner only and recorded in the data
 *       folder while it is written, if the data folder can take the record ({@link PartialFiles}); it is moved into
 *       place once it is complete and on the disk, so the target is always the earlier file or the whole new
 *       one.</li>
 *   <li>A failure, a cancel or SIGTERM removes the temporary file; what a killed process left behind is removed at
 *       the next start ({@link #open}).</li>
 *   <li>A failure names the file and says why, a full disk as a full disk ({@link OutputException}).</li>
 * </ul>
 */
public final class Outputs {
    /** Writes a file's content; an exception stops the writing, and the target stays as it was. */
    @FunctionalInterface
    public interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private final Path dataDir;
    private final OutputGuard guard;
    private final UnaryOperator<OutputStream> streams;

    private Outputs(Path dataDir, UnaryOperator<OutputStream> streams) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.guard = new OutputGuard(dataDir);
        this.streams = Objects.requireNonNull(streams, "streams");
    }

    /** The outputs of the program working on a data folder, once what killed programs left behind is removed. */
    public static Outputs open(Path dataDir) {
        removeLeftovers(dataDir);
        return new Outputs(dataDir, UnaryOperator.identity());
    }

    /** For tests: every byte written passes through {@code streams} (one that fails half-way, say). */
    public static Outputs throughStreams(Path dataDir, UnaryOperator<OutputStream> streams) {
        return new Outputs(dataDir, streams);
    }

    /**
     * Removes the temporary files that programs killed while writing left behind, never those of a program still
     * writing; returns how many. Every start does this; it never fails.
     */
    public static int removeLeftovers(Path dataDir) {
        return PartialFiles.removeLeftovers(dataDir);
    }

    /** Refuses, before any work is done, a file that may not be written; returns it as an absolute path. */
    public Path check(Path target) throws OutputException {
        return guard.check(target);
    }

    /** Writes {@code target} whole, or not at all; returns what the content returned. */
    public <T> T write(Path target, Content<T> content) throws IOException {
        var file = guard.check(target);
        if (!Files.isDirectory(file.getParent())) {
            throw OutputException.missingFolder(target, null);
        }
        PartialFiles.Partial partial;
        try {
            partial = PartialFiles.begin(dataDir, file);
        } catch (IOException e) {
            throw OutputException.of(target, e);
        }
        try {
            T result = writeWhole(partial.file(), content);
            guard.check(target);
            Files.move(partial.file(), file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (IOException e) {
            throw OutputException.of(target, e);
        } catch (UncheckedIOException e) {
            throw OutputException.of(target, e.getCause());
        } finally {
            PartialFiles.end(partial);
        }
    }

    private <T> T writeWhole(Path file, Content<T> content) throws IOException {
        try (var channel = FileChannel.open(file, StandardOpenOption.WRITE);
             var out = streams.apply(new BufferedOutputStream(Channels.newOutputStream(channel)))) {
            T result = content.writeTo(out);
            out.flush();
            channel.force(true);
            return result;
        }
    }
}
