package org.headback.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The sentence an import ends with. */
class ImportResultTest {
    @Test
    void aFileTickingThousandsOfNewFactors_isSummedUpInOneShortLine_namingTheFirstTwentyAndCountingTheRest() {
        var names = IntStream.range(0, 10_000).mapToObj(i -> "f" + i).toList();

        var summary = new ImportResult(1, 0, 0, List.of(), names).summary();

        assertThat(summary).isEqualTo("imported 1 day; added 10,000 new factors: "
                + String.join(", ", names.subList(0, 20)) + " and 9,980 more");
    }

    @Test
    void twentyNewFactors_areAllNamed() {
        var names = IntStream.range(0, 20).mapToObj(i -> "f" + i).toList();

        assertThat(new ImportResult(1, 0, 0, List.of(), names).summary())
                .isEqualTo("imported 1 day; added 20 new factors: " + String.join(", ", names));
    }
}
