package org.headback.dist;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How the packaging starts the packaged app's window: on the display of {@code $DISPLAY}, else on a virtual one
 * made by {@code xvfb-run}; macOS and Windows always have one.
 */
record Display(List<String> prefix, String description) {
    private static final List<String> XVFB_RUN = List.of("xvfb-run", "-a", "-s", "-screen 0 1440x900x24");

    /** The display to use, or empty when there is none; {@link #missing} then says why. */
    static Optional<Display> find(String osName, Map<String, String> environment) {
        if (!osName.startsWith("Linux")) {
            return Optional.of(new Display(List.of(), "the desktop"));
        }
        var display = environment.get("DISPLAY");
        if (display != null && !display.isBlank()) {
            return Optional.of(new Display(List.of(), "DISPLAY=" + display));
        }
        return onPath("xvfb-run", environment).map(xvfb -> new Display(XVFB_RUN, "a virtual display (xvfb-run)"));
    }

    static String missing() {
        return "DISPLAY is not set and xvfb-run is not on the PATH";
    }

    /** The command, started on this display. */
    List<String> around(List<String> command) {
        return Stream.concat(prefix.stream(), command.stream()).toList();
    }

    static Optional<Path> onPath(String program, Map<String, String> environment) {
        var path = environment.getOrDefault("PATH", "");
        for (var folder : path.split(File.pathSeparator)) {
            if (!folder.isBlank() && Files.isExecutable(Path.of(folder, program))) {
                return Optional.of(Path.of(folder, program));
            }
        }
        return Optional.empty();
    }
}
