package org.headback.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The modification times of the app image's files, which its start-up cache holds: Java refuses the cache when the
 * jars' or the runtime's modules' times differ from those it was trained with. An installer's files must keep them;
 * jpackage copies the image with new times before packing it, so the packages' own steps ({@link DebTimes},
 * {@link RpmTimes}) give them back, and {@link RpmCheck} checks an unpacked package.
 */
final class ImageTimes {
    private ImageTimes() {
    }

    /** Sets each file under {@code root} that the image also has to the image's modification time; how many. */
    static int keep(Path image, Path root) throws IOException {
        int[] kept = {0};
        eachShared(image, root, (copy, original) -> {
            try {
                Files.setLastModifiedTime(copy, Files.getLastModifiedTime(original));
                kept[0]++;
            } catch (IOException e) {
                throw new IllegalStateException("cannot set the time of " + copy, e);
            }
        });
        return kept[0];
    }

    /**
     * The files under {@code root} (relative to it) whose modification time is not the image's, to the whole second:
     * packages keep whole seconds, and Java compares the seconds too.
     */
    static List<String> differing(Path image, Path root) throws IOException {
        var differing = new ArrayList<String>();
        eachShared(image, root, (copy, original) -> {
            if (seconds(copy) != seconds(original)) {
                differing.add(root.relativize(copy).toString());
            }
        });
        return differing;
    }

    private static long seconds(Path file) {
        try {
            return Files.getLastModifiedTime(file).to(TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the time of " + file, e);
        }
    }

    /** Each regular file under {@code root}, with the image's file of the same relative path, where it has one. */
    private static void eachShared(Path image, Path root, BiConsumer<Path, Path> action) throws IOException {
        try (var files = Files.walk(root)) {
            for (var file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                var original = image.resolve(root.relativize(file).toString());
                if (Files.isRegularFile(original)) {
                    action.accept(file, original);
                }
            }
        }
    }
}
