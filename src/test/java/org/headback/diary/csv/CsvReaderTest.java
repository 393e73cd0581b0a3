package org.headback.diary.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReaderTest {

    static List<CsvRecord> readAll(String csv) throws IOException, CsvFormatException {
        return readAll(new StringReader(csv));
    }

    static List<CsvRecord> readAll(Reader in) throws IOException, CsvFormatException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(in)) {
            for (Optional<CsvRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                records.add(r.get());
            }
        }
        return records;
    }

    static List<List<String>> fieldsOf(String csv) throws IOException, CsvFormatException {
        return readAll(csv).stream().map(CsvRecord::fields).toList();
    }

    static List<Long> linesOf(String csv) throws IOException, CsvFormatException {
        return readAll(csv).stream().map(CsvRecord::line).toList();
    }

    @Test
    void fieldsAreSeparatedByCommas() throws Exception {
        assertThat(fieldsOf("date,pain,note\n2024-05-01,3,ok\n"))
                .containsExactly(List.of("date", "pain", "note"), List.of("2024-05-01", "3", "ok"));
    }

    @Test
    void consecutiveAndTrailingCommas_giveEmptyFields() throws Exception {
        assertThat(fieldsOf(",a,,\n")).containsExactly(List.of("", "a", "", ""));
        assertThat(fieldsOf(",")).containsExactly(List.of("", ""));
    }

    @Test
    void whitespaceAroundUnquotedFields_isKept() throws Exception {
        assertThat(fieldsOf(" a , b\t,\tc \n")).containsExactly(List.of(" a ", " b\t", "\tc "));
    }

    @Test
    void lineOfOnlySpaces_isARecordWithOneField() throws Exception {
        assertThat(fieldsOf("a\n  \nb")).containsExactly(List.of("a"), List.of("  "), List.of("b"));
    }

    @Test
    void quotedField_keepsCommasAndTurnsDoubledQuotesIntoOne() throws Exception {
        assertThat(fieldsOf("\"a,b\",\"say \"\"hi\"\"\",\"\"\"\"\n"))
                .containsExactly(List.of("a,b", "say \"hi\"", "\""));
    }

    @Test
    void quotedEmptyField_isOneEmptyField_notASkippedLine() throws Exception {
        assertThat(readAll("\"\"\r\nx\r\n")).containsExactly(
                new CsvRecord(1, List.of("")), new CsvRecord(2, List.of("x")));
    }

    @Test
    void quotedFieldWithNewline_isOneField_andNextLineNumberCountsIt() throws Exception {
        List<CsvRecord> records = readAll("a,\"one\ntwo\nthree\",b\nnext\n");
        assertThat(records).containsExactly(
                new CsvRecord(1, List.of("a", "one\ntwo\nthree", "b")),
                new CsvRecord(4, List.of("next")));
    }

    @Test
    void quotedFieldWithCrlfAndLoneCr_keepsThemLiterally_andCountsEachAsOneLine() throws Exception {
        List<CsvRecord> records = readAll("\"x\r\ny\rz\"\r\nnext\r\n");
        assertThat(records).containsExactly(
                new CsvRecord(1, List.of("x\r\ny\rz")),
                new CsvRecord(4, List.of("next")));
    }

    @Test
    void quotedFieldOfOnlyLineBreaks_countsEveryBreak() throws Exception {
        assertThat(linesOf("\"\n\n\r\n\r\"\nlast")).containsExactly(1L, 6L);
    }

    /** CRLF, LF and a lone CR each end a record. */
    @ParameterizedTest(name = "line end {index}")
    @ValueSource(strings = {"\r\n", "\n", "\r"})
    void eachLineEnd_endsRecords(String end) throws Exception {
        assertThat(readAll("a,b" + end + "c,d" + end)).containsExactly(
                new CsvRecord(1, List.of("a", "b")), new CsvRecord(2, List.of("c", "d")));
    }

    @Test
    void mixedLineEnds_eachCountAsOneLine() throws Exception {
        assertThat(readAll("a\r\nb\nc\rd")).containsExactly(
                new CsvRecord(1, List.of("a")), new CsvRecord(2, List.of("b")),
                new CsvRecord(3, List.of("c")), new CsvRecord(4, List.of("d")));
    }

    @Test
    void lfThenCr_isTwoLineEnds_notOne() throws Exception {
        assertThat(readAll("a\n\rb")).containsExactly(
                new CsvRecord(1, List.of("a")), new CsvRecord(3, List.of("b")));
    }

    @Test
    void lastRecordWithoutLineEnd_isRead() throws Exception {
        assertThat(fieldsOf("a,b\nc,d")).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(fieldsOf("a,\"b\"")).containsExactly(List.of("a", "b"));
        assertThat(fieldsOf("a,")).containsExactly(List.of("a", ""));
    }

    @Test
    void emptyLines_areSkipped_butStillCounted() throws Exception {
        assertThat(readAll("\n\r\na\n\n\r\rb\r\n\r\n\n")).containsExactly(
                new CsvRecord(3, List.of("a")), new CsvRecord(7, List.of("b")));
    }

    @Test
    void emptyInput_andInputOfOnlyLineEnds_haveNoRecords() throws Exception {
        assertThat(readAll("")).isEmpty();
        assertThat(readAll("\r\n\n\r")).isEmpty();
    }

    @Test
    void byteOrderMarkAtStart_isSkipped() throws Exception {
        assertThat(readAll("\uFEFFdate,pain\r\n1,2\r\n")).containsExactly(
                new CsvRecord(1, List.of("date", "pain")), new CsvRecord(2, List.of("1", "2")));
        assertThat(fieldsOf("\uFEFF\"quoted\"")).containsExactly(List.of("quoted"));
        assertThat(readAll("\uFEFF")).isEmpty();
    }

    @Test
    void byteOrderMarkElsewhere_isKeptAsText() throws Exception {
        assertThat(fieldsOf("a\n\uFEFFb,\uFEFF")).containsExactly(List.of("a"), List.of("\uFEFFb", "\uFEFF"));
        assertThat(fieldsOf("\uFEFF\uFEFFx")).containsExactly(List.of("\uFEFFx"));
    }

    @Test
    void unicode_isReadAsIs() throws Exception {
        assertThat(fieldsOf("Kopfschmerz \u00fc,\"\uD83D\uDE00, gut\"\n"))
                .containsExactly(List.of("Kopfschmerz \u00fc", "\uD83D\uDE00, gut"));
    }

    @Test
    void afterTheLastRecord_nextStaysEmpty() throws Exception {
        try (CsvReader reader = new CsvReader(new StringReader("a\n"))) {
            assertThat(reader.next()).contains(new CsvRecord(1, List.of("a")));
            assertThat(reader.next()).isEmpty();
            assertThat(reader.next()).isEmpty();
        }
    }

    @Test
    void inputArrivingOneCharAtATime_readsTheSame() throws Exception {
        String csv = "\uFEFFa,\"b\r\nc\"\"\"\r\n\r\n\"\"\rd\r\ne,\"\"";
        List<CsvRecord> expected = readAll(csv);
        assertThat(readAll(new OneCharAtATime(csv))).isEqualTo(expected);
        assertThat(expected).containsExactly(
                new CsvRecord(1, List.of("a", "b\r\nc\"")),
                new CsvRecord(4, List.of("")),
                new CsvRecord(5, List.of("d")),
                new CsvRecord(6, List.of("e", "")));
    }

    @Test
    void close_closesTheUnderlyingReader() throws Exception {
        boolean[] closed = {false};
        Reader in = new StringReader("a") {
            @Override
            public void close() {
                closed[0] = true;
                super.close();
            }
        };
        new CsvReader(in).close();
        assertThat(closed[0]).isTrue();
    }

    /** A reader that hands out one char per call, so that every CRLF and quote pair is split across reads. */
    static final class OneCharAtATime extends Reader {
        private final String text;
        private int pos;

        OneCharAtATime(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] cbuf, int off, int len) {
            if (pos == text.length()) {
                return -1;
            }
            cbuf[off] = text.charAt(pos++);
            return 1;
        }

        @Override
        public void close() {
        }
    }
}
