package org.headback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the layers apart: only the ui package knows JavaFX; storage knows no feature; no feature knows the ui. */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/org/headback");
    private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)", Pattern.MULTILINE);

    private record Source(String pkg, Path file, List<String> imports, String text) {
    }

    /** Ways of writing a file, or of moving one into place, that only output (and storage, for its own) may use. */
    private static final List<String> FILE_WRITING = List.of("ImageIO.write", "ChartUtils.", "createTempFile",
            "ATOMIC_MOVE", "Files.newOutputStream", "Files.newBufferedWriter", "Files.write", "FileOutputStream(",
            "RandomAccessFile(");

    private static List<Source> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).map(ArchitectureTest::read).toList();
        }
    }

    private static Source read(Path file) {
        try {
            var text = Files.readString(file);
            var pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
            var imports = IMPORT.matcher(text).results().map(m -> m.group(2)).toList();
            return new Source(pkg.isEmpty() ? "" : pkg.split("\\.")[0], file, imports, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void sourcesAreFound() throws IOException {
        assertThat(sources()).extracting(Source::pkg).contains("ui", "article", "storage", "cli");
    }

    @Test
    void onlyUiImportsJavaFx() throws IOException {
        assertThat(sources()).filteredOn(source -> !source.pkg().equals("ui")).allSatisfy(source ->
                assertThat(source.imports()).as(source.file().toString())
                        .noneMatch(name -> name.startsWith("javafx.") || name.startsWith("atlantafx.")));
    }

    @Test
    void noPackageButTheLauncherImportsUi() throws IOException {
        assertThat(sources()).filteredOn(source -> !source.pkg().equals("ui") && !source.pkg().isEmpty())
                .allSatisfy(source -> assertThat(source.imports()).as(source.file().toString())
                        .noneMatch(name -> name.startsWith("org.headback.ui")));
    }

    @Test
    void storageDependsOnNoFeature() throws IOException {
        assertThat(sources()).filteredOn(source -> source.pkg().equals("storage")).allSatisfy(source ->
                assertThat(source.imports()).as(source.file().toString())
                        .noneMatch(name -> name.startsWith("org.headback.")
                                && !name.startsWith("org.headback.storage")));
    }

    @Test
    void outputDependsOnStorageOnly() throws IOException {
        assertThat(sources()).filteredOn(source -> source.pkg().equals("output")).allSatisfy(source ->
                assertThat(source.imports()).as(source.file().toString())
                        .noneMatch(name -> name.startsWith("org.headback.") && !name.startsWith("org.headback.output")
                                && !name.startsWith("org.headback.storage")));
    }

    /**
     * Every file the user chooses is written through {@code output.Outputs} (refused over the diary's own files,
     * whole or not at all, nothing in the system's temporary folder); storage writes only its own files. The
     * launcher and the build step that cleans the bundled articles into the build's classes are the exceptions.
     */
    @Test
    void onlyOutputAndStorageWriteFiles() throws IOException {
        var writers = sources().stream().filter(source -> !source.pkg().equals("output")
                && !source.pkg().equals("storage") && !source.file().endsWith("Launcher.java")
                && !source.file().endsWith("article/BundledArticles.java"))
                .flatMap(source -> FILE_WRITING.stream().filter(source.text()::contains)
                        .map(way -> source.file() + ": " + way)).toList();
        assertThat(writers).isEmpty();
    }

    @Test
    void featuresDoNotUseTheCommandLine() throws IOException {
        assertThat(sources()).filteredOn(source -> !source.pkg().equals("cli") && !source.pkg().isEmpty())
                .allSatisfy(source -> assertThat(source.imports()).as(source.file().toString())
                        .noneMatch(name -> name.startsWith("org.headback.cli.") || name.startsWith("picocli")));
    }
}
