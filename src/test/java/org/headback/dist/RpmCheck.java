package org.headback.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What the {@code .rpm} holds and whether the app from it runs, checked after it is made: the app image's files
 * under the folder it installs in, the menu entry and icon, its requirements, and the app unpacked from it (as
 * {@code rpm2cpio | cpio -idm}, which keeps the times that rpm installs) keeping the image's modification times and
 * starting its command line and its window, with its start-up cache. Fails the build on the first thing wrong; says
 * in one line what it checked.
 *
 * <p>Arguments: the {@code .rpm}, the app image it was made from, the folder it installs in (such as
 * {@code /opt/headback}), the icon the menu entry must show, the requirements it must declare (comma-separated),
 * and a work folder under target/.
 */
public final class RpmCheck {
    private RpmCheck() {
    }

    public static void main(String[] args) throws Exception {
        var rpm = Path.of(args[0]).toAbsolutePath();
        var image = Path.of(args[1]);
        var installed = Path.of(args[2]);
        var work = Path.of(args[5]).toAbsolutePath();
        Folders.deleteTree(work);
        Files.createDirectories(work);
        var findings = new ArrayList<String>();
        findings.add(String.format(Locale.ROOT, "%.0f MB", Files.size(rpm) / 1e6));
        findings.add(files(rpm, image, installed, work));
        findings.add(requirements(rpm, Arrays.stream(args[4].split(",")).map(String::strip).toList(), work));
        var root = unpack(rpm, installed, work);
        findings.add(times(image, root));
        findings.add(RpmMenuEntry.check(rpm, root, installed, Path.of(args[3]), work));
        findings.addAll(RpmStarts.check(root.resolve("bin").resolve(ShellLauncher.NAME), work));
        System.out.println(rpm.getFileName() + ": " + String.join("; ", findings) + ".");
    }

    /** Every file of the app image is in the package, under the folder it installs in. */
    private static String files(Path rpm, Path image, Path installed, Path work)
            throws IOException, InterruptedException {
        var listed = AppRun.tool(List.of("rpm", "-qlp", rpm.toString()), work.resolve("files.log"))
                .output().lines().toList();
        var missing = new ArrayList<String>();
        int imageFiles = 0;
        try (Stream<Path> files = Files.walk(image)) {
            // jpackage's own record of how it made the image, which it leaves out of installers.
            var installable = files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals(".jpackage.xml"));
            for (var file : (Iterable<Path>) installable::iterator) {
                imageFiles++;
                var path = installed.resolve(image.relativize(file).toString()).toString();
                if (!listed.contains(path)) {
                    missing.add(path);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(rpm.getFileName() + " lacks files of the app image: " + missing);
        }
        return listed.size() + " paths (`rpm -qlp`), all " + imageFiles + " files of the app image among them";
    }

    /** The package declares each of {@code required} ({@code rpm -qpR}); says what it requires. */
    private static String requirements(Path rpm, List<String> required, Path work)
            throws IOException, InterruptedException {
        var declared = AppRun.tool(List.of("rpm", "-qpR", rpm.toString()), work.resolve("requires.log"))
                .output().lines().map(String::strip).filter(line -> !line.startsWith("rpmlib(")).distinct().toList();
        var missing = required.stream().filter(need -> !declared.contains(need)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(rpm.getFileName() + " does not require " + missing + "; it requires "
                    + declared);
        }
        return "requires " + String.join(", ", declared);
    }

    /** The package's files, unpacked under the work folder; the folder the app is in there. */
    private static Path unpack(Path rpm, Path installed, Path work) throws IOException, InterruptedException {
        var unpacked = work.resolve("unpacked");
        Files.createDirectories(unpacked);
        AppRun.tool(List.of("bash", "-c", "set -o pipefail; rpm2cpio \"$1\" | cpio -idm --quiet -D \"$2\"",
                "unpack", rpm.toString(), unpacked.toString()), work.resolve("unpack.log"));
        return unpacked.resolve(installed.getRoot().relativize(installed).toString());
    }

    /** The unpacked files keep the image's modification times, which the start-up cache holds. */
    private static String times(Path image, Path root) throws IOException {
        var differing = ImageTimes.differing(image, root);
        if (!differing.isEmpty()) {
            throw new IllegalStateException(differing.size() + " files unpacked from the .rpm do not keep the app "
                    + "image's modification times (the start-up cache holds them), such as "
                    + differing.subList(0, Math.min(5, differing.size())));
        }
        return "unpacked (rpm2cpio | cpio -idm), its files keep the app image's modification times";
    }
}
