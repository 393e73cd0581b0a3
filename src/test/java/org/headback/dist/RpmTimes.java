package org.headback.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Gives the files an {@code .rpm} installs the modification times they have in the app image, as {@link DebTimes}
 * does for the {@code .deb} ({@link ImageTimes} says why). jpackage copies the image with new times into its work
 * folder, and its spec file copies that again with {@code cp -r}, which sets new times once more; rpm then records
 * those. Here the work folder's copy gets the image's times back and the same spec, its copy keeping the times, is
 * built again with {@code rpmbuild}, with jpackage's own settings (the package's files, requirements and menu
 * entry stay as jpackage made them). Its payload is xz, as the {@code .deb}'s, which every rpm reads (zstd, faster
 * for its size, is not read by rpm before 4.14), at level 2: 63 MB, against 74 MB for jpackage's gzip and 58 MB for
 * level 6, which takes three times as long.
 *
 * <p>Arguments: the {@code .rpm}, the app image it was made from, the folder the package is installed in (such as
 * {@code /opt/headback}), the work folder jpackage was given ({@code --temp}), and a work folder of this step's own.
 */
public final class RpmTimes {
    static final String COPY = "cp -r %{_sourcedir}";
    static final String COPY_KEEPING_TIMES = "cp -r --preserve=timestamps %{_sourcedir}";
    private static final String PAYLOAD = "w2T.xzdio";

    private RpmTimes() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        var rpm = Path.of(args[0]).toAbsolutePath();
        var image = Path.of(args[1]);
        var installed = Path.of(args[2]);
        var jpackageWork = Path.of(args[3]).toAbsolutePath();
        var work = Path.of(args[4]).toAbsolutePath();
        Folders.deleteTree(work);
        Files.createDirectories(work);
        var sources = jpackageWork.resolve("images");
        int kept = ImageTimes.keep(image, sources.resolve(installed.getRoot().relativize(installed).toString()));
        var spec = work.resolve("headback.spec");
        Files.write(spec, keepingTimes(Files.readAllLines(jpackageSpec(jpackageWork))));
        AppRun.tool(List.of("rpmbuild", "-bb", spec.toString(),
                "--define", "_sourcedir " + sources,
                "--define", "_rpmdir " + work,
                "--define", "_topdir " + work.resolve("rpmbuild"),
                "--define", "_rpmfilename " + rpm.getFileName(),
                "--define", "_binary_payload " + PAYLOAD), work.resolve("rpmbuild.log"));
        // Built beside it and then put in its place: a build stopped half-way leaves the package jpackage made.
        Files.move(work.resolve(rpm.getFileName()), rpm, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("%s: %d installed files keep the app image's modification times (the start-up cache "
                + "holds them).%n", rpm.getFileName(), kept);
    }

    /** The spec's lines with its copy of the app made to keep the files' times; fails if it has no such copy. */
    static List<String> keepingTimes(List<String> spec) {
        var lines = new ArrayList<String>();
        int copies = 0;
        for (var line : spec) {
            if (line.startsWith(COPY)) {
                copies++;
                lines.add(COPY_KEEPING_TIMES + line.substring(COPY.length()));
            } else {
                lines.add(line);
            }
        }
        if (copies != 1) {
            throw new IllegalStateException("jpackage's spec file has " + copies + " lines beginning with \"" + COPY
                    + "\" where one was expected: its way of copying the app has changed");
        }
        return lines;
    }

    private static Path jpackageSpec(Path jpackageWork) throws IOException {
        try (Stream<Path> specs = Files.list(jpackageWork.resolve("SPECS"))) {
            var found = specs.filter(file -> file.toString().endsWith(".spec")).toList();
            if (found.size() != 1) {
                throw new IllegalStateException("expected one spec file in " + jpackageWork.resolve("SPECS")
                        + ", found " + found);
            }
            return found.get(0);
        }
    }
}
