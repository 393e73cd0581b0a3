package org.headback.diary.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String written(List<List<String>> records) throws Exception {
        StringWriter out = new StringWriter();
        try (CsvWriter writer = new CsvWriter(out)) {
            for (List<String> record : records) {
                writer.write(record);
            }
        }
        return out.toString();
    }

    @Test
    void quote_leavesPlainFieldsAlone() {
        assertThat(CsvWriter.quote("plain")).isEqualTo("plain");
        assertThat(CsvWriter.quote("two words")).isEqualTo("two words");
        assertThat(CsvWriter.quote("caf\u00e9 \uD83D\uDE00")).isEqualTo("caf\u00e9 \uD83D\uDE00");
        assertThat(CsvWriter.quote("")).isEmpty();
    }

    @Test
    void quote_writesNullAsEmpty() {
        assertThat(CsvWriter.quote(null)).isEmpty();
    }

    @Test
    void quote_quotesCommasAndLineBreaks() {
        assertThat(CsvWriter.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.quote("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(CsvWriter.quote("a\rb")).isEqualTo("\"a\rb\"");
        assertThat(CsvWriter.quote("a\r\nb")).isEqualTo("\"a\r\nb\"");
        assertThat(CsvWriter.quote(",")).isEqualTo("\",\"");
    }

    @Test
    void quote_doublesQuotes() {
        assertThat(CsvWriter.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.quote("\"")).isEqualTo("\"\"\"\"");
    }

    @Test
    void quote_quotesLeadingAndTrailingSpacesAndTabs() {
        assertThat(CsvWriter.quote(" a")).isEqualTo("\" a\"");
        assertThat(CsvWriter.quote("a ")).isEqualTo("\"a \"");
        assertThat(CsvWriter.quote(" ")).isEqualTo("\" \"");
        assertThat(CsvWriter.quote("\ta")).isEqualTo("\"\ta\"");
        assertThat(CsvWriter.quote("a\t")).isEqualTo("\"a\t\"");
    }

    @Test
    void quote_quotesALeadingByteOrderMark_soItIsNotSkippedAtTheStartOfAFile() {
        assertThat(CsvWriter.quote("\uFEFFa")).isEqualTo("\"\uFEFFa\"");
        assertThat(CsvWriter.quote("a\uFEFF")).isEqualTo("a\uFEFF");
    }

    @Test
    void write_separatesFieldsWithCommas_andEndsEveryRecordWithCrlf() throws Exception {
        assertThat(written(List.of(List.of("date", "pain"), List.of("2024-05-01", "3"))))
                .isEqualTo("date,pain\r\n2024-05-01,3\r\n");
    }

    @Test
    void write_quotesOnlyTheFieldsThatNeedIt() throws Exception {
        assertThat(written(List.of(List.of("a", "b,c", "d \"e\"", "line\nbreak", " f"))))
                .isEqualTo("a,\"b,c\",\"d \"\"e\"\"\",\"line\nbreak\",\" f\"\r\n");
    }

    @Test
    void write_emptyFieldsAmongOthers_stayUnquoted() throws Exception {
        assertThat(written(List.of(List.of("", "a", ""), List.of("", "")))).isEqualTo(",a,\r\n,\r\n");
    }

    @Test
    void write_nullFieldsAsEmpty() throws Exception {
        assertThat(written(List.of(Arrays.asList("a", null, "b")))).isEqualTo("a,,b\r\n");
    }

    @Test
    void write_recordOfOneEmptyField_asQuotedEmptyField_soItIsNotAnEmptyLine() throws Exception {
        assertThat(written(List.of(List.of("a"), List.of(""), List.of("b")))).isEqualTo("a\r\n\"\"\r\nb\r\n");
        assertThat(written(List.of(Arrays.asList((String) null)))).isEqualTo("\"\"\r\n");
    }

    @Test
    void write_noByteOrderMark() throws Exception {
        assertThat(written(List.of(List.of("a")))).doesNotStartWith("\uFEFF").isEqualTo("a\r\n");
    }

    @Test
    void write_recordWithoutFields_isRefused() {
        assertThatThrownBy(() -> written(List.of(List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a record needs at least one field");
    }

    @Test
    void flush_passesWrittenRecordsOn() throws Exception {
        StringWriter out = new StringWriter();
        CsvWriter writer = new CsvWriter(out);
        writer.write(List.of("a", "b"));
        writer.flush();
        assertThat(out).hasToString("a,b\r\n");
    }
}
