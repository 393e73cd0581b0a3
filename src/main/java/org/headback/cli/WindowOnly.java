package org.headback.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A start that only opens the window: no arguments (a double-click), or only {@code --data-dir DIR}. Such a start
 * needs none of the commands, so the command line's parser, which builds every command by reflection and costs a
 * quarter of a second, is not made for it. Anything else goes through the parser, which says what is wrong.
 */
record WindowOnly(Optional<Path> dataDir) {
    private static final String DATA_DIR = "--data-dir";

    static Optional<WindowOnly> of(String... args) {
        try {
            if (args.length == 0) {
                return Optional.of(new WindowOnly(Optional.empty()));
            }
            if (args.length == 2 && args[0].equals(DATA_DIR) && !args[1].isBlank() && !args[1].startsWith("-")) {
                return Optional.of(new WindowOnly(Optional.of(Path.of(args[1]))));
            }
            if (args.length == 1 && args[0].startsWith(DATA_DIR + "=") && args[0].length() > DATA_DIR.length() + 1) {
                return Optional.of(new WindowOnly(Optional.of(Path.of(args[0].substring(DATA_DIR.length() + 1)))));
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
