package org.headback.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

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
        int kept = ImageTimes.keep(image, root);
        var packed = work.resolve(deb.getFileName());
        dpkgDeb(work, List.of("dpkg-deb", "--root-owner-group", "-Zxz", "-b", tree.toString(), packed.toString()));
        Files.move(packed, deb, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Folders.deleteTree(tree);
        System.out.printf("%s: %d installed files keep the app image's modification times (the start-up cache "
                + "holds them).%n", deb.getFileName(), kept);
    }

    private static void dpkgDeb(Path work, List<String> command) throws IOException, InterruptedException {
        AppRun.tool(command, work.resolve("dpkg-deb.log"));
    }
}
