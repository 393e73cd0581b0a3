package org.headback.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.headback.article.ArticleCleaner;
import org.headback.article.ArticleFile;
import org.headback.article.ArticleFormat;
import org.headback.article.ArticleSearch;
import org.headback.article.BundledArticles;
import org.headback.article.Library;
import org.headback.article.SeedArticles;
import org.headback.storage.Database;
import org.headback.storage.OlderDiaries;
import org.headback.storage.SqliteArticleStore;
import org.headback.storage.StoredArticle;

/**
 * The library's benchmark: listing, opening and searching a library of twenty added articles (the largest near
 * 5 MB, 16 MB in all; see {@link TwentyArticles}) beside a library of one small article, in the same run, so that the
 * ratio of the two shows how each grows with the library's size on a noisy machine. "Before" is what HeadBack did for
 * every listing and every opening until the cleaned forms were kept: clean the bundled articles and every added one.
 * Then the same as one-shot commands ({@code articles}, {@code article ID}: wall time and peak memory), also with an
 * older HeadBack's jar when {@code -Dheadback.bench.oldJar=FILE} names one (it is given a data folder of its own
 * schema). Run with {@code mvn -Pbench package -DskipTests} (see BENCHMARKS.md).
 */
public final class LibraryBenchmark {
    private static final String QUERY = "trigeminal";

    private LibraryBenchmark() {
    }

    /** One library's figures, in ms. */
    private record Figures(double cleanEverything, double list, double openSmall, double searchInMemory,
                           double search) {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "HeadBack library benchmark (%s, %d cores, Java %s)%n",
                System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        var folder = Files.createTempDirectory("headback-library-bench");
        try {
            var files = TwentyArticles.write(Files.createDirectories(folder.resolve("files")));
            var twenty = folder.resolve("twenty");
            var one = folder.resolve("one");
            addAll(twenty, files);
            addAll(one, List.of(files.get(files.size() - 1)));
            var big = measure("20 articles", twenty, true);
            var small = measure("1 article", one, false);
            System.out.printf(Locale.ROOT, "  20 articles / 1 article: before (clean everything) %.1f×, list %.2f×, "
                    + "open the small article %.2f×, search held in memory %.1f×, search %.1f×%n",
                    big.cleanEverything() / small.cleanEverything(), big.list() / small.list(),
                    big.openSmall() / small.openSmall(), big.searchInMemory() / small.searchInMemory(),
                    big.search() / small.search());
            oneShotCommands(folder, files);
        } finally {
            Measured.deleteAll(folder);
        }
    }

    private static void addAll(Path dataDir, List<Path> files) {
        try (var database = Database.open(dataDir)) {
            var library = Library.open(new SqliteArticleStore(database));
            files.forEach(library::add);
        }
    }

    private static Figures measure(String name, Path dataDir, boolean withLargest) throws Exception {
        try (var database = Database.open(dataDir)) {
            var store = new SqliteArticleStore(database);
            var before = Measured.report(name + ": before, clean every article (each command)",
                    Measured.time(withLargest ? 3 : 10, 1, () -> cleanEverything(store)));
            var list = Measured.report(name + ": list (open the library, read its entries)",
                    Measured.time(30, 5, () -> Library.open(store).entries()));
            var openSmall = Measured.report(name + ": open the 23-byte article (with opening the library)",
                    Measured.time(30, 5, () -> Library.open(store).open(TwentyArticles.SMALL_ID).orElseThrow()));
            if (withLargest) {
                Measured.report(name + ": open the 4.9 MB article (with opening the library)",
                        Measured.time(10, 2, () -> Library.open(store).open(TwentyArticles.LARGEST_ID).orElseThrow()));
            }
            var library = Library.open(store);
            var held = library.entries().stream().map(entry -> library.open(entry.id()).orElseThrow()).toList();
            var searchInMemory = Measured.report(name + ": before, search the articles held in memory",
                    Measured.time(withLargest ? 5 : 20, 2, () -> ArticleSearch.search(held, QUERY)));
            var search = Measured.report(name + ": search every article for \"" + QUERY + "\" (reads each)",
                    Measured.time(withLargest ? 5 : 20, 2, () -> library.search(QUERY)));
            return new Figures(before, list, openSmall, searchInMemory, search);
        }
    }

    /** What every listing and every opening did before the cleaned forms were kept. */
    private static int cleanEverything(SqliteArticleStore store) {
        var cleaner = new ArticleCleaner();
        int blocks = 0;
        for (var seed : BundledArticles.clean(SeedArticles.load(), cleaner)) {
            blocks += seed.blocks().size();
        }
        for (var entry : store.entries()) {
            var text = store.find(entry.id()).orElseThrow();
            blocks += cleaner.clean(text.content(), ArticleFormat.valueOf(text.format())).blocks().size();
        }
        return blocks;
    }

    /** {@code articles} and {@code article small-note} in a fresh JVM, with this jar and an older one if named. */
    private static void oneShotCommands(Path folder, List<Path> files) throws Exception {
        if (!Files.exists(Measured.JAR)) {
            System.out.println("(one-shot commands skipped: build target/headback.jar first with mvn package)");
            return;
        }
        var jars = new ArrayList<Path>();
        var oldJar = System.getProperty("headback.bench.oldJar", "");
        if (!oldJar.isBlank()) {
            jars.add(Path.of(oldJar));
        }
        jars.add(Measured.JAR);
        for (var jar : jars) {
            var label = jar.equals(Measured.JAR) ? "this jar" : "older jar";
            var twenty = jar.equals(Measured.JAR) ? folder.resolve("twenty") : schema3Folder(folder, "twenty-3", files);
            var one = jar.equals(Measured.JAR) ? folder.resolve("one")
                    : schema3Folder(folder, "one-3", List.of(files.get(files.size() - 1)));
            for (var library : new Path[] {twenty, one}) {
                var size = library == twenty ? "20 articles" : "1 article";
                Measured.oneShotWithMemory(label + ", " + size + ": articles", jar, library, "articles");
                Measured.oneShotWithMemory(label + ", " + size + ": article " + TwentyArticles.SMALL_ID, jar, library,
                        "article", TwentyArticles.SMALL_ID);
            }
        }
    }

    /** A data folder as a HeadBack of schema 3 kept it (the texts only), for an older jar to read. */
    private static Path schema3Folder(Path folder, String name, List<Path> files) throws Exception {
        var cleaner = new ArticleCleaner();
        var articles = new ArrayList<StoredArticle>();
        var added = Instant.parse("2026-11-21T12:00:00Z");
        for (var path : files) {
            var file = ArticleFile.read(path);
            var title = cleaner.clean(file.text(), file.format()).title();
            var id = title.equals("Small Note") ? TwentyArticles.SMALL_ID : "article-" + articles.size();
            articles.add(new StoredArticle(id, title, file.fileName(), file.format().name(), file.text(),
                    added.plusSeconds(articles.size())));
        }
        var data = folder.resolve(name);
        OlderDiaries.version3(data, articles);
        return data;
    }
}
