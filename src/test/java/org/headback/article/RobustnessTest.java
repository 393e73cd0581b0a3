package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Any text at all, and big texts, come back as an article without an exception and without hanging. */
class RobustnessTest {

    private static final int FIVE_MB = 5 * 1024 * 1024;
    /** Big enough that anything quadratic would take hours, small enough to keep the suite quick. */
    private static final int TWO_MB = 2 * 1024 * 1024;
    /**
     * Not a speed limit (the cleaner's speed is measured by {@code LibraryBenchmark}): a guard against a cleaner that
     * never finishes, or is quadratic and would take hours on these inputs, with room for a busy machine.
     */
    private static final Duration HANG_GUARD = Duration.ofMinutes(3);
    private static final String ALPHABET = "aZ \n\n\t.,:;?!-*•#>_`[]()<>/\\{}^$|0123456789âÃÂ€™\u00A0\u200B\uFFFD";

    static Stream<Arguments> hugeInputs() throws IOException {
        var seed = Files.readString(Path.of("seeds", "004_2eba5ff69666bfda.txt"), StandardCharsets.UTF_8);
        return Stream.of(
            Arguments.of("seed text", (seed + "\n\n").repeat(FIVE_MB / seed.length() + 1)),
            Arguments.of("one long line", repeat("Back pain and headaches often go together, so rest. ")),
            Arguments.of("unclosed math", repeat("\\(\\alpha ")),
            Arguments.of("math pairs", repeat("TNF-\\(\\alpha\\) ")),
            Arguments.of("stars", repeat("*a ")),
            Arguments.of("brackets", repeat("[x](")),
            Arguments.of("short lines", repeat("Rest helps.\n")),
            Arguments.of("headings", repeat("Can Back Pain Cause Migraines\n\n")),
            Arguments.of("bullets", repeat("• item\n")),
            Arguments.of("mojibake", repeat("itâ€™s youâd Ã© ")),
            Arguments.of("tags", repeat("<div><p>text</p>")),
            Arguments.of("sentences", repeat("Dr. A. B. call us at 310-828-7757. ")),
            Arguments.of("hashes", repeat("#######\n")));
    }

    private static String repeat(String unit) {
        return unit.repeat(TWO_MB / unit.length() + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hugeInputs")
    void hugeInput_isCleaned_withoutHanging_inEveryFormat(String name, String input) {
        for (var format : ArticleFormat.values()) {
            var article = assertTimeoutPreemptively(HANG_GUARD, () -> new ArticleCleaner().clean(input, format),
                name + " as " + format);
            assertThat(article.title()).isNotBlank();
        }
    }

    @ParameterizedTest
    @EnumSource(ArticleFormat.class)
    void randomText_neverThrows_andGivesATitle(ArticleFormat format) {
        var random = new Random(42);
        var cleaner = new ArticleCleaner();
        for (int round = 0; round < 500; round++) {
            var text = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            var article = cleaner.clean(text.toString(), format);
            assertThat(article.title()).isNotBlank();
            assertThat(article.blocks()).allSatisfy(block -> assertThat(block.plainText()).isNotNull());
        }
    }

    @ParameterizedTest
    @EnumSource(ArticleFormat.class)
    void strangeSmallInputs_neverThrow(ArticleFormat format) {
        var cleaner = new ArticleCleaner();
        for (var input : new String[] {"\\", "â", "Â", "\\(", "\\)", "\\frac{", "}}}", "^", "# ", "#", "- ", "1.",
            "•", "<", "<p>", "```", "|", "[", "![", "\u0000", "\uFFFD", "\uD800", ".", "Home", "Home>",
            "June 16, 2022", "Popular Articles", "Call us", "\n\n\n.\n\n\n"}) {
            var article = cleaner.clean(input, format);
            assertThat(article.title()).as(input).isNotBlank();
        }
    }
}
