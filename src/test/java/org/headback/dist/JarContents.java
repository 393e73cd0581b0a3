package org.headback.dist;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.zip.ZipFile;

/** The files in a jar (not its folders): their names in the jar's order, a name found twice listed twice, and CRCs. */
record JarContents(List<String> names, Map<String, Long> crcs) {
    /** The jar's files whose names pass {@code keep}. */
    static JarContents of(Path jar, Predicate<String> keep) throws IOException {
        var names = new ArrayList<String>();
        var crcs = new HashMap<String, Long>();
        try (var zip = new ZipFile(jar.toFile())) {
            zip.stream().filter(entry -> !entry.isDirectory() && keep.test(entry.getName())).forEach(entry -> {
                names.add(entry.getName());
                crcs.put(entry.getName(), entry.getCrc());
            });
        }
        return new JarContents(List.copyOf(names), Map.copyOf(crcs));
    }

    /** The names found more than once. */
    Set<String> duplicates() {
        var seen = new HashSet<String>();
        var twice = new TreeSet<String>();
        names.stream().filter(name -> !seen.add(name)).forEach(twice::add);
        return twice;
    }

    /** The native libraries at the jar's top, where JavaFX looks for its own. */
    Set<String> topLibraries() {
        var libraries = new TreeSet<String>();
        names.stream().filter(name -> !name.contains("/") && NativeKind.isLibraryName(name)).forEach(libraries::add);
        return libraries;
    }

    /** The names of every native library in the jar, wherever it is. */
    Set<String> libraries() {
        var libraries = new TreeSet<String>();
        names.stream().filter(NativeKind::isLibraryName).forEach(libraries::add);
        return libraries;
    }
}
