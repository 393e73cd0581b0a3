package org.headback;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.headback.SourceTree.Source;

/**
 * The rules that keep the layers apart, each giving the places that break it ("file: what it uses"). They are
 * applied to the real sources by {@link ArchitectureTest} and to planted violations by {@link ArchitectureRulesTest}.
 */
final class ArchitectureRules {
    /** Ways of writing a file, or of moving one into place, that only output (and storage, for its own) may use. */
    private static final List<String> FILE_WRITING = List.of("ImageIO.write", "ChartUtils.", "createTempFile",
            "ATOMIC_MOVE", "Files.newOutputStream", "Files.newBufferedWriter", "Files.write", "FileOutputStream(",
            "RandomAccessFile(");

    /** The one class of ui that may name storage: it opens the database at start-up. */
    static final String UI_START = "ui/DataFolderStart.java";

    private static final Pattern NEW_CHART_VIEWER =
            Pattern.compile("new\\s+(org\\.jfree\\.chart\\.fx\\.)?ChartViewer\\s*\\(");

    private final SourceTree tree;
    private final List<Source> sources;

    ArchitectureRules(SourceTree tree) {
        this.tree = tree;
        this.sources = tree.sources();
    }

    List<Source> sources() {
        return sources;
    }

    /** Only the ui package knows JavaFX (and its theme library). */
    List<String> javaFxOutsideUi() {
        return using(source -> !source.feature().equals("ui"), "javafx", "atlantafx");
    }

    /** Nothing but the ui package knows JFreeChart's JavaFX viewer; charts elsewhere are plain JFreeChart. */
    List<String> chartViewerOutsideUi() {
        return using(source -> !source.feature().equals("ui"), "org.jfree.chart.fx");
    }

    /**
     * The window's chart viewers are all made in one place, so that each scrolls and zooms alike (the wheel alone
     * scrolls, with Ctrl it zooms).
     */
    List<String> chartViewersMadeElsewhere() {
        return sources.stream().filter(source -> !source.file().endsWith("ui/charts/ShortcutWheelZoom.java")
                        && NEW_CHART_VIEWER.matcher(source.text()).find())
                .map(source -> source.file() + ": new ChartViewer(").toList();
    }

    /** SQL belongs to the storage layer. */
    List<String> sqlOutsideStorage() {
        return using(source -> !source.feature().equals("storage"), "java.sql", "org.sqlite");
    }

    /** No package but the launcher at the root knows the ui. */
    List<String> uiUsedOutsideUiAndLauncher() {
        return using(source -> !source.feature().equals("ui") && !source.feature().isEmpty(), feature("ui"));
    }

    /**
     * The ui reaches the data through the features' services; only its start-up, which opens the data folder's
     * database, names storage.
     */
    List<String> storageUsedByUiBeyondItsStart() {
        return using(source -> source.feature().equals("ui") && !source.file().endsWith(UI_START), feature("storage"));
    }

    /** Storage knows no feature but work, the progress and cancel every long job shares. */
    List<String> storageUsingAFeature() {
        return featuresUsed(source -> source.feature().equals("storage"), Set.of("work"));
    }

    /** Work, which every feature may use, knows no feature. */
    List<String> workUsingAFeature() {
        return featuresUsed(source -> source.feature().equals("work"), Set.of());
    }

    /** Output knows only storage. */
    List<String> outputUsingMoreThanStorage() {
        return featuresUsed(source -> source.feature().equals("output"), Set.of("storage"));
    }

    /** Features are used by the command line, never the other way round. */
    List<String> commandLineUsedByAFeature() {
        return using(source -> !source.feature().equals("cli") && !source.feature().isEmpty(), feature("cli"),
                "picocli");
    }

    /**
     * Every file the user chooses is written through {@code output.Outputs} (refused over the diary's own files,
     * whole or not at all, nothing in the system's temporary folder); storage writes only its own files. The
     * launcher and the build step that cleans the bundled articles into the build's classes are the exceptions.
     */
    List<String> filesWrittenOutsideOutputAndStorage() {
        return sources.stream().filter(source -> !source.feature().equals("output")
                        && !source.feature().equals("storage") && !source.file().endsWith("Launcher.java")
                        && !source.file().endsWith("article/BundledArticles.java"))
                .flatMap(source -> FILE_WRITING.stream().filter(source.text()::contains)
                        .map(way -> source.file() + ": " + way)).toList();
    }

    /** Each cycle between feature packages, written "a → b → a" from its first package by name; none is allowed. */
    List<String> cyclesBetweenFeatures() {
        var graph = featureGraph();
        var cycles = new TreeSet<String>();
        for (var start : graph.keySet()) {
            findCycles(graph, start, new ArrayDeque<>(List.of(start)), cycles);
        }
        return List.copyOf(cycles);
    }

    /** Which feature packages each feature package uses. */
    Map<String, Set<String>> featureGraph() {
        var graph = new TreeMap<String, Set<String>>();
        for (var source : sources) {
            if (!source.feature().isEmpty()) {
                graph.computeIfAbsent(source.feature(), key -> new TreeSet<>())
                        .addAll(source.featuresUsed(tree.rootPackage()));
            }
        }
        return graph;
    }

    private static void findCycles(Map<String, Set<String>> graph, String start, Deque<String> path,
            Set<String> cycles) {
        for (var next : graph.getOrDefault(path.peekLast(), Set.of())) {
            if (next.equals(start)) {
                cycles.add(String.join(" → ", path) + " → " + start);
            } else if (!path.contains(next) && next.compareTo(start) > 0) {
                path.addLast(next);
                findCycles(graph, start, path, cycles);
                path.removeLast();
            }
        }
    }

    private String feature(String name) {
        return tree.rootPackage() + "." + name;
    }

    private List<String> using(Predicate<Source> which, String... prefixes) {
        return sources.stream().filter(which).flatMap(source -> source.references().stream()
                        .filter(name -> List.of(prefixes).stream()
                                .anyMatch(prefix -> name.equals(prefix) || name.startsWith(prefix + ".")))
                        .map(name -> source.file() + ": " + name))
                .toList();
    }

    private List<String> featuresUsed(Predicate<Source> which, Set<String> allowed) {
        return sources.stream().filter(which).flatMap(source -> source.featuresUsed(tree.rootPackage()).stream()
                        .filter(used -> !allowed.contains(used)).map(used -> source.file() + ": " + used))
                .toList();
    }
}
