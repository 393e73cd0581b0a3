package org.headback.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Makes sure only one window works on a data folder, and only one background reminder waits for it. The lock is an
 * operating-system lock on a file in the folder, so it is released when the app exits or dies, even when it is
 * killed: a stale lock file never blocks a start.
 */
public final class InstanceLock implements AutoCloseable {
    public static final String FILE_NAME = "headback.lock";
    /** The background reminder's lock, beside the window's. */
    public static final String REMINDER_FILE_NAME = "reminder.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock on the data folder, or empty if another HeadBack window holds it. */
    public static Optional<InstanceLock> tryAcquire(Path dataDir) {
        return tryAcquire(dataDir, FILE_NAME);
    }

    /** The background reminder's lock on the data folder, or empty if another reminder waits for it already. */
    public static Optional<InstanceLock> tryAcquireForReminder(Path dataDir) {
        return tryAcquire(dataDir, REMINDER_FILE_NAME);
    }

    /**
     * Whether a window holds the data folder now, asked without making any file: a folder without the lock file has
     * never had a window. Asked only by programs that never hold that lock themselves (the reminder): closing the
     * file handle it opens would drop it.
     */
    public static boolean windowOpen(Path dataDir) {
        return heldElsewhere(dataDir.resolve(FILE_NAME));
    }

    /** Whether a background reminder waits for the data folder now; asked as {@link #windowOpen} is. */
    public static boolean reminderWaiting(Path dataDir) {
        return heldElsewhere(dataDir.resolve(REMINDER_FILE_NAME));
    }

    private static boolean heldElsewhere(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (var channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            var lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<InstanceLock> tryAcquire(Path dataDir, String name) {
        var file = DataDirectory.prepare(dataDir).resolve(name);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            OwnerOnly.restrictFile(file);
            var lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(
                    StandardCharsets.US_ASCII)));
            return Optional.of(new InstanceLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            Closing.quietly(channel);
            return Optional.empty();
        } catch (IOException e) {
            Closing.quietly(channel);
            throw new StorageException("Cannot lock the data folder " + dataDir + ": " + FileFailure.describe(file, e)
                    + ".", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases it too.
        }
        Closing.quietly(channel);
    }
}
