package org.headback.dist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Java options of a jpackage launcher's {@code .cfg} file ({@code java-options=...} lines in its
 * {@code [JavaOptions]} section), changed after jpackage wrote it: the start-up cache's options go in only once
 * the cache is known to work.
 */
final class LauncherConfig {
    private static final String OPTION = "java-options=";
    private static final String SECTION = "[JavaOptions]";

    private LauncherConfig() {
    }

    /** The lines with the options in {@code remove} taken out and those of {@code add} added to the section. */
    static List<String> withJavaOptions(List<String> lines, Set<String> remove, List<String> add) {
        var kept = new ArrayList<String>();
        for (var line : lines) {
            if (!(line.startsWith(OPTION) && remove.contains(line.substring(OPTION.length())))) {
                kept.add(line);
            }
        }
        int section = kept.indexOf(SECTION);
        if (section < 0) {
            throw new IllegalStateException("the launcher's configuration has no " + SECTION + " section");
        }
        int end = section + 1;
        while (end < kept.size() && !kept.get(end).startsWith("[")) {
            end++;
        }
        while (end > section + 1 && kept.get(end - 1).isBlank()) {
            end--;
        }
        kept.addAll(end, add.stream().map(option -> OPTION + option).toList());
        return kept;
    }
}
