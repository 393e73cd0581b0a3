package org.headback.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The bundled articles, cleaned. The build cleans them once ({@link #main}, run by Maven after compiling) and bundles
 * the result, so that no start of HeadBack cleans them: that took about a third of a short command's time. When
 * the bundled result is missing or was made by another cleaner version (a build that skipped that step), the seeds
 * are cleaned as HeadBack starts instead.
 */
public final class BundledArticles {
    static final String RESOURCE = "/org/headback/article/bundled-articles.clean";
    static final String HEADER = "headback bundled articles 1";
    private static final String END = "end";

    private BundledArticles() {
    }

    /** The bundled articles in file-name order, cleaned by the build, or now if the build's result cannot be used. */
    public static List<Article> load(ArticleCleaner cleaner) {
        return load(RESOURCE, cleaner);
    }

    static List<Article> load(String resource, ArticleCleaner cleaner) {
        return read(resource).orElseGet(() -> clean(SeedArticles.load(), cleaner));
    }

    /** Cleans seed files, giving each a readable id unique among them. */
    public static List<Article> clean(List<ArticleFile> seeds, ArticleCleaner cleaner) {
        var articles = new ArrayList<Article>();
        var ids = new HashSet<String>();
        for (var seed : seeds) {
            var cleaned = cleaner.clean(seed.text(), seed.format());
            var id = ArticleIds.unique(cleaned.title(), ids);
            ids.add(id);
            articles.add(Article.of(id, seed.fileName(), ArticleOrigin.SEED, cleaned));
        }
        return List.copyOf(articles);
    }

    static String write(List<Article> articles) {
        var out = new LengthPrefixed.Writer(articles.size() * 65_536).line(HEADER).number(ArticleCleaner.VERSION)
                .number(articles.size());
        for (var article : articles) {
            out.text(article.id()).text(article.sourceName()).text(CleanForm.write(article));
        }
        return out.line(END).toString();
    }

    static Optional<List<Article>> read(String resource) {
        try (InputStream in = BundledArticles.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<List<Article>> parse(String text) {
        try {
            var in = new LengthPrefixed.Reader(text);
            in.line(HEADER);
            if (in.number() != ArticleCleaner.VERSION) {
                return Optional.empty();
            }
            int count = in.number();
            var articles = new ArrayList<Article>();
            for (int i = 0; i < count; i++) {
                var id = in.text();
                var sourceName = in.text();
                articles.add(CleanForm.read(in.text(), id, sourceName, ArticleOrigin.SEED).orElseThrow());
            }
            in.line(END);
            in.end();
            return Optional.of(List.copyOf(articles));
        } catch (RuntimeException damaged) {
            return Optional.empty();
        }
    }

    /** For the build: cleans the seeds on the class path and writes the result to the file named by the argument. */
    public static void main(String[] args) throws IOException {
        var file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        Files.writeString(file, write(clean(SeedArticles.load(), new ArticleCleaner())), StandardCharsets.UTF_8);
    }
}
