package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The five seed articles: nothing real lost, nothing broken left behind. */
class SeedArticlesTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final int REAL_LINE_WORDS = 12;
    private static final Pattern BULLET = Pattern.compile("^(?:[•·●▪*–-]\\s*|\\d{1,3}[.)]\\s+)");

    /** Fragments of the call-to-action sentences each seed is expected to lose; every other sentence stays. */
    private static final Map<String, List<String>> REMOVED_SENTENCES = Map.of(
        "001", List.of("you may require surgery", "Reach out to The Spine Institute today", "Hyun Bae can help you",
            "call 310-828-7757"),
        "004", List.of("request an appointment online"));

    static Stream<Path> seeds() throws IOException {
        try (var files = Files.list(SEEDS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    static CleanedArticle cleanSeed(String prefix) throws IOException {
        try (var files = Files.list(SEEDS)) {
            var seed = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Articles.text(Files.readString(seed, StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyRealSentence_isKept(Path seed) throws IOException {
        var raw = Files.readString(seed, StandardCharsets.UTF_8);
        var output = Articles.allText(Articles.text(raw));
        var removed = REMOVED_SENTENCES.getOrDefault(seed.getFileName().toString().substring(0, 3), List.of());
        for (var line : raw.split("\n")) {
            var repaired = BULLET.matcher(TextRepair.repairText(line).strip()).replaceFirst("");
            if (LineShapes.wordCount(repaired) < REAL_LINE_WORDS) {
                continue;
            }
            for (var sentence : repaired.split("(?<=[.!?])\\s+")) {
                if (removed.stream().noneMatch(sentence::contains)) {
                    assertThat(output).as("kept from %s", seed.getFileName()).contains(sentence);
                }
            }
        }
        removed.forEach(fragment -> assertThat(output).doesNotContain(fragment));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void brokenCharacters_areGone(Path seed) throws IOException {
        var article = Articles.text(Files.readString(seed, StandardCharsets.UTF_8));
        assertThat(article.title()).isNotBlank();
        assertThat(article.blocks()).isNotEmpty();
        assertThat(Articles.allText(article)).doesNotContain("\u00A0", "â", "Ã", "Â", "\\", "•");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void cleaning_isDeterministic(Path seed) throws IOException {
        var raw = Files.readString(seed, StandardCharsets.UTF_8);
        assertThat(Articles.text(raw)).isEqualTo(Articles.text(raw));
    }
}
