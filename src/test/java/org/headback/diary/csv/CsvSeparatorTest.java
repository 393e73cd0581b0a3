package org.headback.diary.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvSeparatorTest {
    private static List<CsvRecord> detecting(String csv) throws IOException, CsvFormatException {
        return detecting(new StringReader(csv));
    }

    private static List<CsvRecord> detecting(Reader in) throws IOException, CsvFormatException {
        var records = new ArrayList<CsvRecord>();
        try (var reader = CsvReader.detectingSeparator(in)) {
            for (Optional<CsvRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                records.add(r.get());
            }
        }
        return records;
    }

    private static char separatorOf(String csv) throws IOException, CsvFormatException {
        try (var reader = CsvReader.detectingSeparator(new StringReader(csv))) {
            reader.next();
            return reader.separator();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "'a;b;c\n1,5;2;3'             | ;",
        "'a\tb\tc\n1,5\t2;3\t3'       | '\t'",
        "'a,b,c\n1;2,3,4'             | ,",
        "'\"x;y;z\",b,c\n1,2,3'       | ,",
        "'a;b,c'                      | ,",
        "'a;b;c,d\tx'                 | ;",
        "'date'                       | ,",
        "''                           | ,"})
    void detectedSeparator_isTheCommonestOutsideQuotes_commaOnATie(String csv, char separator) throws Exception {
        assertThat(separatorOf(csv)).isEqualTo(separator);
    }

    @Test
    void semicolonFile_keepsCommasInItsFields() throws Exception {
        assertThat(detecting("date;hours;notes\r\n2026-11-20;7,5;\"a; b\"\r\n")).extracting(CsvRecord::fields)
                .containsExactly(List.of("date", "hours", "notes"), List.of("2026-11-20", "7,5", "a; b"));
    }

    @Test
    void sepLine_namesTheSeparator_isNoRecord_andCountsAsALine() throws Exception {
        var records = detecting("\uFEFFsep=;\r\na;b,c\r\n1;2\r\n");
        assertThat(records).extracting(CsvRecord::fields).containsExactly(List.of("a", "b,c"), List.of("1", "2"));
        assertThat(records).extracting(CsvRecord::line).containsExactly(2L, 3L);
        assertThat(separatorOf("\"SEP=\t\"\na,b\tc")).isEqualTo('\t');
        assertThat(detecting("sep=|")).isEmpty();
    }

    @Test
    void sepLikeLineThatIsNotOne_isTheHeader() throws Exception {
        assertThat(detecting("sep=;;\na;b\n")).extracting(CsvRecord::fields)
                .containsExactly(List.of("sep=", "", ""), List.of("a", "b"));
        assertThatThrownBy(() -> detecting("sep=\"\n")).isInstanceOf(CsvFormatException.class);
    }

    @Test
    void firstLineLongerThanTheBuffer_isStillRead() throws Exception {
        var header = "c;".repeat(900) + "x".repeat(9000) + ",y";
        var records = detecting(header + "\n1;2\n");
        assertThat(records.get(0).fields()).hasSize(901);
        assertThat(records.get(1).fields()).containsExactly("1", "2");
    }

    @ParameterizedTest
    @CsvSource(quoteCharacter = '\'', value = {"'sep=;\na;b\n1;2'", "'\uFEFFsep=;\na;b\n1;2'", "'\uFEFFa;b\n1;2'"})
    void readerGivingOneCharAtATime_detectsTheSame(String csv) throws Exception {
        var oneByOne = new Reader() {
            private final StringReader in = new StringReader(csv);

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return in.read(buffer, offset, Math.min(length, 1));
            }

            @Override
            public void close() {
                in.close();
            }
        };
        assertThat(detecting(oneByOne)).extracting(CsvRecord::fields)
                .containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void syntaxErrors_nameTheSeparatorInUse() {
        var e = catchThrowableOfType(CsvFormatException.class, () -> detecting("a;b\n\"x\"y;z\n"));
        assertThat(e.getMessage()).isEqualTo("line 2: text after the closing quote of a field; only a semicolon "
                + "or a line end may follow it");
    }

    @Test
    void givenSeparator_isUsed_butAQuoteOrLineEndCannotBeOne() throws Exception {
        try (var reader = new CsvReader(new StringReader("a|b,c"), '|')) {
            assertThat(reader.next()).get().extracting(CsvRecord::fields).isEqualTo(List.of("a", "b,c"));
        }
        assertThatThrownBy(() -> new CsvReader(new StringReader(""), '"'))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void separatorNames() {
        assertThat(List.of(Separators.nameOf(','), Separators.nameOf(';'), Separators.nameOf('\t'),
                Separators.nameOf('|'))).containsExactly("comma", "semicolon", "tab", "“|”");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "''                                  | 1 | ''     | ''",
        "'date,notes'                        | 1 | ''     | notes",
        "'date,notes\r\n'                    | 2 | date   | ''",
        "'date,notes\n2026-11-20,caf'        | 2 | notes  | caf",
        "'date;notes\n2026-11-20;\"a, caf'   | 2 | notes  | a, caf",
        "'date,notes\n1,\"x\r\ny\n\"\"caf'   | 4 | notes  | '\"caf'",
        "'sep=;\r\na;b\r\n1;'                | 3 | b      | ''",
        "'a,b\n1,2,3'                        | 2 | ''     | 3",
        "'a,b\n1,\"x\"y'                     | 2 | ''     | 1,\"x\"y"})
    void position_atTheEndOfAFilesStart_givesTheLineColumnAndTextBefore(String start, long line, String column,
                                                                         String before) {
        var at = CsvPosition.atEndOf(start);
        assertThat(at.line()).isEqualTo(line);
        assertThat(at.column()).isEqualTo(column.isEmpty() ? Optional.empty() : Optional.of(column));
        assertThat(at.before()).isEqualTo(before);
    }
}
