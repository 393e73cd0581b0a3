package org.headback.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.headback.article.ArticleCleaner;
import org.headback.article.ArticleRejectedException;
import org.headback.article.Library;
import org.headback.article.MemoryArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thousand hostile files offered as articles, made by a seeded generator: random bytes, broken UTF-8, text of
 * nothing but markup signs, HTML, Markdown and LaTeX nested up to ten thousand deep, and long lines. Each is added
 * (read, checked, cleaned, stored) or refused with its reason, within a generous bound (a hang guard); nothing else
 * may escape, a refused file stores nothing, and an added one reads back from its stored cleaned form unchanged. The
 * seed is fixed ({@code -Dheadback.fuzz.seed=N} tries others).
 */
class ArticleFuzzTest {
    static final int INPUTS = 1000;
    private static final long SEED = Long.getLong("headback.fuzz.seed", 20_261_121L);
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final String[] EXTENSIONS = {".txt", ".md", ".html"};

    @TempDir
    Path files;

    @Test
    void hostileFiles_areAddedOrRefusedWithAReason_andARefusalStoresNothing() throws Exception {
        var random = new Random(SEED);
        var store = new MemoryArticleStore();
        var library = new Library(List.of(), store, new ArticleCleaner(), Clock.systemUTC());
        int added = 0;
        for (int input = 0; input < INPUTS; input++) {
            var file = files.resolve("offered-" + input + EXTENSIONS[random.nextInt(EXTENSIONS.length)]);
            Files.write(file, generate(input % 8, random));
            var context = "seed " + SEED + ", input " + input + " (" + file.getFileName() + ")";
            int storedBefore = store.size();
            boolean ok = assertTimeoutPreemptively(HANG_GUARD, () -> {
                try {
                    var article = library.add(file);
                    assertThat(article.title()).as(context).isNotBlank();
                    assertThat(library.open(article.id())).as(context + ", read back").contains(article);
                    return true;
                } catch (ArticleRejectedException e) {
                    assertThat(e.fileName()).as(context).isEqualTo(file.getFileName().toString());
                    assertThat(e.reason()).as(context).isNotBlank();
                    return false;
                }
            }, context);
            assertThat(store.size()).as(context).isEqualTo(storedBefore + (ok ? 1 : 0));
            added += ok ? 1 : 0;
            Files.delete(file);
        }
        System.out.printf("ArticleFuzzTest: seed %d, %d files offered: %d added, %d refused with a reason, none "
                + "crashed or hung%n", SEED, INPUTS, added, INPUTS - added);
    }

    private static byte[] generate(int kind, Random random) {
        return switch (kind) {
            case 0 -> HostileInput.randomBytes(random, 4000);
            case 1 -> HostileInput.significantText(random, 3000).getBytes(StandardCharsets.UTF_8);
            case 2 -> HostileInput.mutate(random, ("Back Pain and Headaches\n\nA paragraph about posture. "
                    + "Another sentence here.\n\n- a list item\n- another\n").getBytes(StandardCharsets.UTF_8));
            case 3 -> nested(random, "<div><p>", "</p></div>");
            case 4 -> nested(random, "> ", "");
            case 5 -> nested(random, "\\frac{\\(\\alpha", "}\\)");
            // Long lines; megabytes of them are RobustnessTest's.
            case 6 -> ("word ".repeat(1 + random.nextInt(20_000))).getBytes(StandardCharsets.UTF_8);
            default -> {
                var good = "Title\n\nSome text about back pain.".getBytes(StandardCharsets.UTF_8);
                var broken = HostileInput.badUtf8(random);
                var bytes = java.util.Arrays.copyOf(good, good.length + broken.length);
                System.arraycopy(broken, 0, bytes, good.length, broken.length);
                yield bytes;
            }
        };
    }

    private static byte[] nested(Random random, String open, String close) {
        int depth = 1 + random.nextInt(10_000);
        return ("Heading\n\n" + open.repeat(depth) + "deep text" + close.repeat(random.nextInt(depth + 1)))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void fiveGigabyteFile_isRefusedBySize_withoutBeingRead() throws Exception {
        var file = files.resolve("huge.txt");
        try (var sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(5L * 1024 * 1024 * 1024);
        }
        var store = new MemoryArticleStore();
        var library = new Library(List.of(), store, new ArticleCleaner(), Clock.systemUTC());

        assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> library.add(file))
                .isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("the file is 5120.0 MB, and an article can be at most 5 MB."));
        assertThat(store.size()).isZero();
    }
}
