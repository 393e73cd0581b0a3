package org.headback.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The articles bundled with HeadBack (the project's {@code seeds/} folder), in file-name order. */
public final class SeedArticles {
    static final String FOLDER = "/org/headback/seeds";

    private SeedArticles() {
    }

    /** Each seed's file name and text. */
    public static List<ArticleFile> load() {
        var url = SeedArticles.class.getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("The seed articles are missing from the build (" + FOLDER + ").");
        }
        try {
            var uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return loadFromJar(uri);
            }
            return loadFrom(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot read the bundled seed articles: " + e.getMessage(), e);
        }
    }

    private static List<ArticleFile> loadFromJar(URI uri) throws IOException {
        FileSystem fileSystem;
        try {
            fileSystem = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            fileSystem = FileSystems.newFileSystem(uri, Map.of());
        }
        return loadFrom(fileSystem.provider().getPath(uri));
    }

    private static List<ArticleFile> loadFrom(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .map(SeedArticles::read)
                    .toList();
        }
    }

    private static ArticleFile read(Path file) {
        try {
            var text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return new ArticleFile(file.getFileName().toString(), ArticleFormat.TEXT, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
