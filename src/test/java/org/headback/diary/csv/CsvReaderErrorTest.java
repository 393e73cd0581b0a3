package org.headback.diary.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.headback.diary.csv.CsvReaderTest.readAll;

import java.io.StringReader;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderErrorTest {

    private static CsvFormatException errorReading(String csv) {
        return catchThrowableOfType(CsvFormatException.class, () -> readAll(csv));
    }

    @Test
    void formatException_prefixesTheMessageWithTheLine() {
        CsvFormatException e = new CsvFormatException(7, "something is wrong");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.getMessage()).isEqualTo("line 7: something is wrong");
        assertThat(e.detail()).isEqualTo("something is wrong");
    }

    @Test
    void quoteInsideUnquotedField_isAnError_onItsLine() {
        CsvFormatException e = errorReading("a,b\nc,ab\"c\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.detail()).startsWith("a quote inside an unquoted field");
        assertThat(e.getMessage()).startsWith("line 2: a quote inside an unquoted field");
    }

    @Test
    void quoteAtEndOfUnquotedField_isAnError() {
        assertThat(errorReading("x\r\ny\r\nab\"").line()).isEqualTo(3);
    }

    @Test
    void textAfterClosingQuote_isAnError_onItsLine() {
        CsvFormatException e = errorReading("a\n\"ab\"c,d\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.detail()).startsWith("text after the closing quote of a field");
    }

    @Test
    void spaceAfterClosingQuote_isAnError() {
        assertThat(errorReading("\"ab\" ,c").line()).isEqualTo(1);
    }

    @Test
    void textAfterClosingQuoteOfMultiLineField_isReportedOnTheLineOfTheClosingQuote() {
        assertThat(errorReading("a\n\"one\ntwo\r\nthree\"x\n").line()).isEqualTo(4);
    }

    @Test
    void unterminatedQuotedField_isReportedOnTheLineWhereItStarts() {
        CsvFormatException e = errorReading("a,b\nc,\"never\nclosed\n\nat all\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).isEqualTo("line 2: a quoted field that starts here is never closed");
        assertThat(e.detail()).isEqualTo("a quoted field that starts here is never closed");
    }

    @Test
    void unterminatedQuotedField_thatEndsInADoubledQuote_isStillAnError() {
        assertThat(errorReading("\"abc\"\"").line()).isEqualTo(1);
        assertThat(errorReading("x\n\"").line()).isEqualTo(2);
    }

    @Test
    void recordsBeforeAnError_areReturned_andTheErrorRepeatsAfterwards() throws Exception {
        try (CsvReader reader = new CsvReader(new StringReader("ok\nb\"ad\nfine\n"))) {
            assertThat(reader.next()).contains(new CsvRecord(1, List.of("ok")));
            CsvFormatException first = catchThrowableOfType(CsvFormatException.class, reader::next);
            assertThat(first.line()).isEqualTo(2);
            assertThat(catchThrowableOfType(CsvFormatException.class, reader::next)).isSameAs(first);
        }
    }

    @Test
    void fieldOfExactlyTheMaximumLength_isAccepted() throws Exception {
        String longest = "x".repeat(CsvReader.MAX_FIELD_LENGTH);
        List<CsvRecord> records = readAll("a," + longest + ",b\n\"" + longest + "\"\n");
        assertThat(records).hasSize(2);
        assertThat(records.get(0).fields().get(1)).hasSize(CsvReader.MAX_FIELD_LENGTH);
        assertThat(records.get(1).fields().get(0)).hasSize(CsvReader.MAX_FIELD_LENGTH);
    }

    @Test
    void unquotedFieldLongerThanTheMaximum_isAnError() {
        CsvFormatException e = errorReading("a\nb\n" + "x".repeat(CsvReader.MAX_FIELD_LENGTH + 1) + "\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.detail()).isEqualTo("a field is longer than 1,000,000 characters");
    }

    @Test
    void quotedFieldLongerThanTheMaximum_isAnError_onTheLineWhereItStarts() {
        String tooLong = "\n\n" + "\"\"".repeat(CsvReader.MAX_FIELD_LENGTH - 1);
        CsvFormatException e = errorReading("a\n\"" + tooLong + "\"\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.detail()).isEqualTo("a field is longer than 1,000,000 characters");
    }

    @Test
    void recordOfExactlyTheMaximumFieldCount_isAccepted() throws Exception {
        String record = String.join(",", Collections.nCopies(CsvReader.MAX_FIELDS, "v"));
        assertThat(readAll(record + "\n" + record).get(1).fields()).hasSize(CsvReader.MAX_FIELDS);
    }

    @Test
    void recordWithMoreThanTheMaximumFieldCount_isAnError() {
        String record = String.join(",", Collections.nCopies(CsvReader.MAX_FIELDS + 1, ""));
        CsvFormatException e = errorReading("a\n" + record + "\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.detail()).isEqualTo("a record has more than 1,000 fields");
    }
}
