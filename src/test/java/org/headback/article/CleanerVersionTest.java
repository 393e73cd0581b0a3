package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link ArticleCleaner#VERSION} honest. The user's articles are kept cleaned, and cleaned again only when
 * the version changes; so a change to what the cleaner makes, without a new version, would leave them as the old
 * cleaner made them. This test sums up what the cleaner makes of the bundled articles and of the files in
 * {@code corpus/} (title, date, blocks, word count) and compares it with the sum recorded for the current version in
 * {@code cleaner-output.txt}, which says how to raise the version.
 */
class CleanerVersionTest {
    private static final String RECORD = "/org/headback/article/cleaner-output.txt";
    private static final String RECORD_FILE = "src/test/resources" + RECORD;
    private static final String CORPUS = "/org/headback/article/corpus";

    private record Recorded(int version, String digest) {
    }

    @Test
    void cleanersOutput_isTheOneRecordedForItsVersion() throws Exception {
        var recorded = recorded();
        var latest = recorded.isEmpty() ? new Recorded(0, "") : recorded.get(recorded.size() - 1);
        var digest = digestOfOutput();
        var next = ArticleCleaner.VERSION + 1;
        assertThat(ArticleCleaner.VERSION).as("ArticleCleaner.VERSION is %d, but %s ends at version %d: add its line"
                + " (the sum of the output as it is now):%n%d %s", ArticleCleaner.VERSION, RECORD_FILE,
                latest.version(), ArticleCleaner.VERSION, digest).isEqualTo(latest.version());
        assertThat(digest).as("What the cleaner makes has changed, but ArticleCleaner.VERSION has not. If the change "
                + "is meant, raise VERSION to %d and add this line to the end of %s:%n%d %s", next, RECORD_FILE, next,
                digest).isEqualTo(latest.digest());
    }

    @Test
    void recordedVersions_goUpOneByOne() throws Exception {
        var recorded = recorded();
        for (int i = 0; i < recorded.size(); i++) {
            assertThat(recorded.get(i).version()).as("line %d of %s", i + 1, RECORD_FILE).isEqualTo(i + 1);
        }
    }

    @Test
    void theSum_coversTheBundledArticlesAndTheCorpus() throws Exception {
        assertThat(inputs()).hasSizeGreaterThanOrEqualTo(SeedArticles.load().size() + 10);
    }

    private static List<Recorded> recorded() throws IOException {
        try (var in = CleanerVersionTest.class.getResourceAsStream(RECORD)) {
            assertThat(in).as(RECORD).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.strip().split("\\s+"))
                    .map(parts -> new Recorded(Integer.parseInt(parts[0]), parts[1]))
                    .toList();
        }
    }

    /** The bundled articles, then the corpus's files, in name order. */
    private static List<ArticleFile> inputs() throws IOException, URISyntaxException {
        var inputs = new ArrayList<>(SeedArticles.load());
        var folder = Path.of(CleanerVersionTest.class.getResource(CORPUS).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            for (var file : files.sorted().toList()) {
                var name = file.getFileName().toString();
                var format = ArticleFormat.ofFileName(name);
                if (format.isPresent() && !name.equals("README.md")) {
                    var text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                    inputs.add(new ArticleFile(name, format.get(), text));
                }
            }
        }
        return inputs;
    }

    private static String digestOfOutput() throws IOException, URISyntaxException, NoSuchAlgorithmException {
        var sha = MessageDigest.getInstance("SHA-256");
        var cleaner = new ArticleCleaner();
        for (var input : inputs()) {
            var article = Article.of("id", input.fileName(), ArticleOrigin.SEED, cleaner.clean(input.text(),
                    input.format()));
            sha.update((input.fileName() + "\n" + CleanForm.write(article)).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
