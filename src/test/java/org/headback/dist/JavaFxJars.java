package org.headback.dist;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maven Central's JavaFX jars of each system, as the build copies them (into target/all-platforms/javafx): what a
 * runnable jar for that system must take from them.
 */
final class JavaFxJars {
    /** The JavaFX modules HeadBack runs on, each one jar per system. */
    static final List<String> MODULES = List.of("base", "graphics", "controls", "fxml", "swing");

    private JavaFxJars() {
    }

    /** The files of the system's JavaFX jars, without their module descriptors and manifests, with their CRCs. */
    static JarContents of(Path folder, String javafxVersion, JarSystem system) throws IOException {
        var names = new ArrayList<String>();
        var crcs = new HashMap<String, Long>();
        for (var module : MODULES) {
            var jar = folder.resolve("javafx-" + module + "-" + javafxVersion + "-" + system.classifier() + ".jar");
            var contents = JarContents.of(jar, name -> !name.equals("module-info.class")
                    && !name.startsWith("META-INF/"));
            names.addAll(contents.names());
            crcs.putAll(contents.crcs());
        }
        return new JarContents(List.copyOf(names), Map.copyOf(crcs));
    }
}
