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

    private record Source(String pkg, Path file, List<String> imports) {
    }

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
            return new Source(pkg.isEmpty() ? "" : pkg.split("\\.")[0], file, imports);
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
    void featuresDoNotUseTheCommandLine() throws IOException {
        assertThat(sources()).filteredOn(source -> !source.pkg().equals("cli") && !source.pkg().isEmpty())
                .allSatisfy(source -> assertThat(source.imports()).as(source.file().toString())
                        .noneMatch(name -> name.startsWith("org.headback.cli.") || name.startsWith("picocli")));
    }
}
