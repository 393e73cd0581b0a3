package org.headback.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Makes the user's files private to them, on file systems that have POSIX permissions: whatever the group and
 * others may do is taken away. The owner's own permissions are left as they are, so a file or folder the user made
 * read-only stays read-only (and saving to it is refused with a clear message) rather than being made writable.
 *
 * <p>Only what HeadBack made or keeps for itself is restricted (its database and side files, its backups folder),
 * never a folder the user chose that was there already, and never through a link: a link is left as it is, and
 * what it points to is not HeadBack's to change.
 */
final class OwnerOnly {
    private static final Set<PosixFilePermission> OWNER = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private OwnerOnly() {
    }

    static void restrictFolder(Path folder) throws IOException {
        keepOwnersOnly(folder);
    }

    static void restrictFile(Path file) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            keepOwnersOnly(file);
        }
    }

    private static void keepOwnersOnly(Path path) throws IOException {
        var view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null || Files.isSymbolicLink(path)) {
            return;
        }
        var permissions = view.readAttributes().permissions();
        var owners = EnumSet.noneOf(PosixFilePermission.class);
        owners.addAll(permissions);
        owners.retainAll(OWNER);
        if (!owners.equals(permissions)) {
            // By the path (chmod), never through the view above: asked not to follow links, the system sets them
            // through a handle it opens on the file and closes again, and closing any handle on a file drops every
            // lock this program holds on it. SQLite holds its locks on the diary and its index for as long as the
            // connection is open, and without them another program that closed the diary took this one's log away.
            // The check for a link just above comes first; only someone who may write in the user's own folder
            // could swap one in between.
            Files.setPosixFilePermissions(path, owners);
        }
    }
}
