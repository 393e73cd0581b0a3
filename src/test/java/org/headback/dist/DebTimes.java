package org.headback.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Gives the files a {@code .deb} installs the modification times they have in the app image. The start-up cache
 * holds the times of the jars and of the runtime's modules it was trained with, and Java refuses it when they
 * differ; jpackage copies the image with new times before packing it, so the installed app would start without its
 * cache. The package is unpacked, its files given the image's times, and packed again ({@code dpkg-deb}, owned by
 * root as before) beside it, then put in its place: a packing stopped half-way leaves the package jpackage made.
 *
 * <p>Arguments: the {@code .deb}, the app image it was made from, the folder the package is installed in (such as
 * {@code /opt/headback}), a work folder.
 */
public final class DebTimes {
    private static final Duration PACKING = Duration.ofMinutes(15);

    private DebTimes() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        var deb = Path.of(args[0]);
        var image = Path.of(args[1]);
        var installed = Path.of(args[2]);
        var work = Path.of(args[3]);
        Folders.deleteTree(work);
        Files.createDirectories(work);
        var tree = work.resolve("package");
        dpkgDeb(work, List.of("dpkg-deb", "-R", deb.toString(), tree.toString()));
        var root = tree.resolve(installed.getRoot().relativize(installed));
        int kept = keepTimes(image, root);
        var packed = work.resolve(deb.getFileName());
        dpkgDeb(work, List.of("dpkg-deb", "--root-owner-group", "-Zxz", "-b", tree.toString(), packed.toString()));
        Files.move(packed, deb, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Folders.deleteTree(tree);
        System.out.printf("%s: %d installed files keep the app image's modification times (the start-up cache "
                + "holds them).%n", deb.getFileName(), kept);
    }

    /** Sets each file under {@code root} that the image also has to the image's modification time. */
    static int keepTimes(Path image, Path root) throws IOException {
        int kept = 0;
        try (var files = Files.walk(root)) {
            for (var file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                var original = image.resolve(root.relativize(file).toString());
                if (Files.isRegularFile(original)) {
                    Files.setLastModifiedTime(file, Files.getLastModifiedTime(original));
                    kept++;
                }
            }
        }
        return kept;
    }

    private static void dpkgDeb(Path work, List<String> command) throws IOException, InterruptedException {
        // Compressing some 190 MB takes minutes on a busy machine.
        var run = AppRun.of(command, Map.of(), work.resolve("dpkg-deb.log"), PACKING);
        if (run.exitCode() != 0) {
            throw new IllegalStateException(run.describe(String.join(" ", command)));
        }
    }
}
