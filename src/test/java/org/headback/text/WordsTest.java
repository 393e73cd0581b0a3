package org.headback.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void count_agreesWithItsNumber() {
        assertThat(Words.count("day", 0)).isEqualTo("0 days");
        assertThat(Words.count("day", 1)).isEqualTo("1 day");
        assertThat(Words.count("day", 2)).isEqualTo("2 days");
        assertThat(Words.count("day", 1234)).isEqualTo("1,234 days");
        assertThat(Words.count("pair", 1)).isEqualTo("1 pair of days");
    }

    @Test
    void format_fillsAPatternWithSeveralNumbers() {
        assertThat(Words.format("recorded-of", 1, 1)).isEqualTo("1 recorded day of 1");
        assertThat(Words.format("recorded-of", 211, 244)).isEqualTo("211 recorded days of 244");
    }

    @Test
    void unknownKey_isAnErrorNamingIt() {
        assertThatThrownBy(() -> Words.count("fortnight", 2)).hasMessageContaining("count.fortnight");
    }

    @Test
    void everyCountedNoun_hasItsSingularAndPlural() throws IOException {
        var words = new Properties();
        try (InputStream in = Words.class.getResourceAsStream("words.properties")) {
            words.load(in);
        }
        assertThat(words.stringPropertyNames()).filteredOn(key -> key.startsWith("count.")).isNotEmpty()
                .allSatisfy(key -> {
                    assertThat(Words.count(key.substring(6), 1)).startsWith("1 ");
                    assertThat(Words.count(key.substring(6), 3)).startsWith("3 ").isNotEqualTo(
                            Words.count(key.substring(6), 1).replace("1 ", "3 "));
                });
    }

    @Test
    void noCodeOutsideTheBundleChoosesAPluralByHand() throws IOException {
        var handMade = java.util.regex.Pattern.compile("== 1 \\?\\s*\"");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            var offenders = files.filter(file -> file.toString().endsWith(".java")).filter(file -> {
                try {
                    return handMade.matcher(java.nio.file.Files.readString(file)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(offenders).as("n == 1 ? \"…\" : \"…\" belongs in words.properties").isEmpty();
        }
    }

    @Test
    void inSentence_lowersTheFirstWordOnly_andKeepsANamesCapitals() {
        assertThat(Words.inSentence("Simple analgesic / NSAID")).isEqualTo("simple analgesic / NSAID");
        assertThat(Words.inSentence("NSAID")).isEqualTo("NSAID");
        assertThat(Words.inSentence("Tension-type")).isEqualTo("tension-type");
        assertThat(Words.inSentence("")).isEmpty();
    }
}
