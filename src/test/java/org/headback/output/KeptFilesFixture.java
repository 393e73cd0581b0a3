package org.headback.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.headback.storage.Backups;
import org.headback.storage.Database;
import org.headback.storage.FrontRequests;
import org.headback.storage.InstanceLock;

/**
 * A data folder with every kind of file HeadBack keeps there (the database, a backup, the bring-to-front request, a
 * copy kept aside), and the paths that lead to them, for the tests of every door that writes a file the user names.
 */
public final class KeptFilesFixture {
    public static final String UNREADABLE = "headback.db.unreadable-2026-01-01T10-00-00";

    private KeptFilesFixture() {
    }

    /** Adds a backup, a bring-to-front request and a copy kept aside to a data folder that has a database. */
    public static void fill(Path dataDir) throws IOException {
        try (var database = Database.open(dataDir)) {
            new Backups(database, dataDir, Clock.systemDefaultZone()).backUpIfDue();
        }
        FrontRequests.send(dataDir);
        Files.writeString(dataDir.resolve(UNREADABLE), "a diary HeadBack could not read once");
    }

    /**
     * The paths a file ending in {@code .extension} may not be written to: the data folder's own files by name, by
     * another case, through {@code ..}, through a link to the data folder, and links (symbolic and hard) made in
     * {@code elsewhere} to the database and to a backup. Some have no extension: a command that checks extensions
     * refuses them before it gets that far.
     */
    public static List<Path> forbidden(Path dataDir, Path elsewhere, String extension) throws IOException {
        var db = dataDir.resolve(Database.FILE_NAME);
        var backups = dataDir.resolve(Backups.FOLDER);
        Path backup;
        try (Stream<Path> listing = Files.list(backups)) {
            backup = listing.findFirst().orElseThrow();
        }
        var paths = new ArrayList<>(List.of(db, dataDir.resolve("headback.db-wal"), dataDir.resolve("headback.db-shm"),
                dataDir.resolve("headback.db-journal"), dataDir.resolve(InstanceLock.FILE_NAME),
                dataDir.resolve(FrontRequests.FILE_NAME), dataDir.resolve(UNREADABLE), backup,
                backups.resolve("new." + extension), dataDir.resolve("HEADBACK.DB"),
                dataDir.resolve(PartialFiles.JOURNAL).resolve("x." + extension),
                backups.resolve("..").resolve(Database.FILE_NAME),
                elsewhere.resolve("..").resolve(dataDir.getFileName()).resolve(Database.FILE_NAME), dataDir, backups));
        var folderLink = Files.createSymbolicLink(elsewhere.resolve("data-" + extension), dataDir);
        paths.add(folderLink.resolve(Database.FILE_NAME));
        paths.add(Files.createSymbolicLink(elsewhere.resolve("link-to-db." + extension), db));
        paths.add(Files.createLink(elsewhere.resolve("hard-link-to-db." + extension), db));
        paths.add(Files.createSymbolicLink(elsewhere.resolve("link-to-backup." + extension), backup));
        paths.add(Files.createLink(elsewhere.resolve("hard-link-to-backup." + extension), backup));
        return paths;
    }

    /**
     * Every file in the data folder and below it, with its bytes (in hex), but for the database's log and shared
     * memory, which change as any program reads it.
     */
    public static Map<Path, String> snapshot(Path dataDir) throws IOException {
        var kept = new TreeMap<Path, String>();
        try (Stream<Path> all = Files.walk(dataDir)) {
            for (var file : all.filter(Files::isRegularFile).toList()) {
                var name = file.getFileName().toString();
                if (!name.endsWith("-wal") && !name.endsWith("-shm")) {
                    kept.put(file, HexFormat.of().formatHex(Files.readAllBytes(file)));
                }
            }
        }
        return kept;
    }
}
