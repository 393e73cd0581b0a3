package org.headback.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.headback.storage.Backups;
import org.headback.storage.KeptFiles;

/**
 * Refuses to write a file that is, or leads to, one HeadBack keeps in the data folder: the database and its side
 * files, the backups, the lock and request files, the copies kept aside, the files being written. "Leads to" follows
 * symbolic links and {@code ..} to where the file would land, and compares the file itself with each kept one, which
 * finds a hard link, or another spelling of the same name where the file system ignores case.
 */
final class OutputGuard {
    private static final int MOST_LINKS = 40;
    private static final String NOT_REGULAR = "is not an ordinary file (a device, a pipe or a socket)";
    private static final String OWN_FOLDER = "is in a folder HeadBack keeps in its data folder";

    private final Path dataDir;

    /** Why a file may not be written: {@code kept} is the file it is or leads to, {@code what} what that one is. */
    private record Refusal(Path kept, String what) {
    }

    OutputGuard(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** The file to write, as an absolute path; refused with the reason if it is one of the data folder's own. */
    Path check(Path target) throws OutputException {
        var absolute = target.toAbsolutePath();
        if (absolute.getFileName() == null) {
            throw new OutputException(target + " is a folder; choose another file.");
        }
        var landing = landing(absolute);
        var refusal = refusal(landing);
        if (refusal.isPresent()) {
            var kept = refusal.get().kept();
            var leads = kept.equals(absolute.normalize()) ? " " : " leads to " + kept + ", which ";
            throw new OutputException(target + leads + refusal.get().what() + "; choose another file.");
        }
        return absolute;
    }

    /** Where writing the file would land: its folder's real path and its name, through any links it is. */
    private static Path landing(Path absolute) {
        var path = absolute;
        for (int step = 0; step < MOST_LINKS; step++) {
            path = real(path.getParent()).resolve(path.getFileName().toString());
            if (!Files.isSymbolicLink(path)) {
                return path;
            }
            try {
                path = path.getParent().resolve(Files.readSymbolicLink(path));
            } catch (IOException e) {
                return path;
            }
        }
        return path;
    }

    private static Path real(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.normalize();
        }
    }

    private Optional<Refusal> refusal(Path file) {
        var name = file.getFileName().toString();
        var folder = file.getParent();
        if (same(file, dataDir)) {
            return Optional.of(new Refusal(file, "is HeadBack's data folder"));
        }
        if (same(folder, dataDir)) {
            var kept = KeptFiles.describe(name).or(() -> PartialFiles.isJournal(name) ? Optional.of(OWN_FOLDER)
                    : Optional.empty());
            if (kept.isPresent()) {
                return Optional.of(new Refusal(file, kept.get()));
            }
        }
        if (within(folder, dataDir.resolve(Backups.FOLDER))) {
            return Optional.of(new Refusal(file, KeptFiles.IN_BACKUPS));
        }
        if (within(folder, PartialFiles.journal(dataDir))) {
            return Optional.of(new Refusal(file, OWN_FOLDER));
        }
        if (PartialFiles.isPartial(name)) {
            return Optional.of(new Refusal(file, "is a file HeadBack is still writing"));
        }
        if (Files.isDirectory(file)) {
            return Optional.of(new Refusal(file, "is a folder"));
        }
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of(new Refusal(file, NOT_REGULAR));
        }
        return sameAsKept(file).or(() -> KeptFiles.describeContent(file).map(what -> new Refusal(file, what)));
    }

    /** A hard link to a kept file, or the same file by another name: compared by the file itself, not its name. */
    private Optional<Refusal> sameAsKept(Path file) {
        for (var kept : keptFiles()) {
            if (same(file, kept.kept())) {
                return Optional.of(kept);
            }
        }
        return Optional.empty();
    }

    private List<Refusal> keptFiles() {
        var kept = new ArrayList<Refusal>();
        for (var file : list(dataDir)) {
            KeptFiles.describe(file.getFileName().toString()).ifPresent(what -> kept.add(new Refusal(file, what)));
        }
        for (var backup : list(dataDir.resolve(Backups.FOLDER))) {
            kept.add(new Refusal(backup, KeptFiles.IN_BACKUPS));
        }
        return kept;
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether {@code folder} is {@code kept} or lies inside it. */
    private static boolean within(Path folder, Path kept) {
        for (var step = folder; step != null; step = step.getParent()) {
            if (same(step, kept)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(Path one, Path other) {
        try {
            return Files.isSameFile(one, other);
        } catch (IOException e) {
            return false;
        }
    }
}
