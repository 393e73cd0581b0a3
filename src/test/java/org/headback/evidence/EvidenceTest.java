package org.headback.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceTest {
    private static final String HEADER = String.join("\t", EvidenceFile.COLUMNS) + "\n";
    private static final String GOOD = "a-row\tSmith et al. 2020\tSmith 2020\tX and Y\t2.0\t1.5\t3.0\t\t"
            + "Smith et al., 2020.\t\t\n";

    private static Evidence read(String text) throws IOException {
        return Evidence.read("test.tsv", new StringReader(text));
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text);
    }

    @Test
    void bundled_parsesEveryRow_eachWithItsCitation_andAnOddsRatioInsideItsInterval() {
        var rows = Evidence.bundled().rows();
        assertThat(rows).hasSize(8);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.citation()).as(row.id()).isNotBlank();
            assertThat(row.study()).as(row.id()).isNotBlank();
            assertThat(row.label()).as(row.id()).isNotBlank();
            assertThat(row.oddsRatio()).as(row.id()).isPositive();
            row.low().ifPresent(low -> assertThat(low).as(row.id()).isPositive().isLessThanOrEqualTo(row.oddsRatio()));
            row.high().ifPresent(high -> assertThat(high).as(row.id()).isGreaterThanOrEqualTo(row.oddsRatio()));
        });
        assertThat(rows).extracting(EvidenceRow::id).doesNotHaveDuplicates();
    }

    @Test
    void bundled_holdsTheFiguresAsPublished_andNoIntervalWhereTheSourceGivesNone() {
        var evidence = Evidence.bundled();
        assertThat(evidence.row("ashina-2018-any-headache").orElseThrow().figure()).isEqualTo("1.7 (95 % CI 1.2–2.5)");
        assertThat(evidence.row("ashina-2018-chronic-headache").orElseThrow().figure())
                .isEqualTo("1.9 (95 % CI 0.8–4.5)");
        assertThat(evidence.row("review-2019-lowest").orElseThrow().figure()).isEqualTo("1.6 (95 % CI 1.1–2.1)");
        assertThat(evidence.row("review-2019-highest").orElseThrow().figure()).isEqualTo("8.0 (95 % CI 5.3–12)");
        var yoon = evidence.rows().stream().filter(row -> row.study().startsWith("Yoon")).toList();
        assertThat(yoon).extracting(EvidenceRow::oddsRatio)
                .containsExactly(number("8"), number("9.3"), number("9.5"), number("4.4"));
        assertThat(yoon).allSatisfy(row -> {
            assertThat(row.hasInterval()).isFalse();
            assertThat(row.figure()).endsWith("(interval not given in the source)");
        });
    }

    @Test
    void intervalIncludesOne_onlyWhenTheIntervalReachesOne() {
        var evidence = Evidence.bundled();
        assertThat(evidence.row("ashina-2018-chronic-headache").orElseThrow().intervalIncludesOne()).isTrue();
        assertThat(evidence.row("ashina-2018-any-headache").orElseThrow().intervalIncludesOne()).isFalse();
        assertThat(evidence.row("yoon-2013-chronic-headache").orElseThrow().intervalIncludesOne()).isFalse();
    }

    @Test
    void read_skipsCommentsBlankLinesAndAByteOrderMark() throws IOException {
        var evidence = read("\uFEFF# a comment\n\n" + HEADER + "# another\n" + GOOD + "\n");
        assertThat(evidence.rows()).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo("a-row");
            assertThat(row.low()).contains(number("1.5"));
            assertThat(row.article()).isEmpty();
            assertThat(row.note()).isEmpty();
        });
    }

    /** Each line's fields are separated by ~ here, by tabs in the file. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        too few fields | a-row~S~L~C~2.0~1.5~3.0~~Cite.~ | line 3, 10 fields where 11 are needed
        odds ratio not a number | a-row~S~L~C~abc~1.5~3.0~~Cite.~~ | line 3, odds_ratio: “abc” is not a number
        odds ratio zero | a-row~S~L~C~0~~~~Cite.~~ | line 3, odds_ratio: 0 is not above 0
        odds ratio empty | a-row~S~L~C~~~~~Cite.~~ | line 3, odds_ratio: is empty
        low above ratio | a-row~S~L~C~2.0~2.5~3.0~~Cite.~~ | line 3, ci_low: 2.5 is above the odds ratio 2.0
        high below ratio | a-row~S~L~C~2.0~1.5~1.9~~Cite.~~ | line 3, ci_high: 1.9 is below the odds ratio 2.0
        one end only | a-row~S~L~C~2.0~1.5~~~Cite.~~ | line 3, ci_high: is empty while the other end
        no citation | a-row~S~L~C~2.0~1.5~3.0~~~~ | line 3, citation: is empty
        article, no passage | a-row~S~L~C~2.0~1.5~3.0~~Cite.~seed.txt~ | line 3, passage: is empty
        bad id | A Row~S~L~C~2.0~1.5~3.0~~Cite.~~ | line 3, id: “A Row” is not a name
        """)
    void read_refusesABadLine_namingTheFileLineAndColumn(String what, String line, String message) {
        var text = "# comment\n" + HEADER + line.strip().replace('~', '\t') + "\n";
        assertThatThrownBy(() -> read(text)).as(what).isInstanceOf(EvidenceFileException.class)
                .hasMessageStartingWith("test.tsv, " + message);
    }

    @Test
    void read_refusesARowIdUsedTwice() {
        assertThatThrownBy(() -> read(HEADER + GOOD + GOOD)).isInstanceOf(EvidenceFileException.class)
                .hasMessage("test.tsv, line 3, id: “a-row” is used by an earlier row");
    }

    @Test
    void read_refusesAWrongHeader_andAFileWithoutRows() {
        var wrong = HEADER.replace("ci_low", "low");
        assertThatThrownBy(() -> read(wrong + GOOD)).isInstanceOf(EvidenceFileException.class)
                .hasMessage("test.tsv, line 1, column 6: “low” where the header needs “ci_low”");
        assertThatThrownBy(() -> read("# nothing but a comment\n" + HEADER)).isInstanceOf(EvidenceFileException.class)
                .hasMessage("test.tsv, line 2, no rows: the file lists no published figure");
        assertThatThrownBy(() -> read("")).isInstanceOf(EvidenceFileException.class)
                .hasMessageContaining("no header");
    }

    @Test
    void rowsKeepTheOrderOfTheFile() throws IOException {
        var second = GOOD.replace("a-row", "b-row");
        assertThat(read(HEADER + second + GOOD).rows()).extracting(EvidenceRow::id)
                .isEqualTo(List.of("b-row", "a-row"));
    }
}
