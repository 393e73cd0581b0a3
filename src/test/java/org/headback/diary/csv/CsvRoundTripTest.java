package org.headback.diary.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headback.diary.csv.CsvReaderTest.readAll;

import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvRoundTripTest {
    private static final long SEED = 20_240_501L;
    private static final int RECORDS = 2_000;
    /** Pieces that random fields are made of: plain text and everything that makes quoting necessary. */
    private static final List<String> PIECES = List.of(
            "a", "Bq", "7", " ", "\t", ",", "\"", "\"\"", "\r", "\n", "\r\n", "\u00e9", "\uD83D\uDE00", "\uFEFF");

    private static List<List<String>> randomRecords(Random random, int count) {
        List<List<String>> records = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            int fieldCount = 1 + random.nextInt(6);
            List<String> fields = new ArrayList<>();
            for (int f = 0; f < fieldCount; f++) {
                StringBuilder field = new StringBuilder();
                int pieces = random.nextInt(8);
                for (int p = 0; p < pieces; p++) {
                    field.append(PIECES.get(random.nextInt(PIECES.size())));
                }
                fields.add(field.toString());
            }
            records.add(fields);
        }
        return records;
    }

    private static String write(List<String> record) throws Exception {
        StringWriter out = new StringWriter();
        try (CsvWriter writer = new CsvWriter(out)) {
            writer.write(record);
        }
        return out.toString();
    }

    /** Physical line breaks in text: CRLF, LF or a lone CR each count once. */
    private static long lineBreaks(String text) {
        long breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks;
    }

    @Test
    void randomRecords_writtenThenRead_areTheSame_andStartOnTheRightLines() throws Exception {
        List<List<String>> records = randomRecords(new Random(SEED), RECORDS);
        StringBuilder csv = new StringBuilder();
        List<CsvRecord> expected = new ArrayList<>();
        long line = 1;
        for (List<String> record : records) {
            String text = write(record);
            expected.add(new CsvRecord(line, record));
            line += lineBreaks(text);
            csv.append(text);
        }

        assertThat(readAll(csv.toString())).containsExactlyElementsOf(expected);
        assertThat(readAll(new CsvReaderTest.OneCharAtATime(csv.toString()))).containsExactlyElementsOf(expected);
    }

    @Test
    void randomRecords_writtenInOneGo_readBackTheSame() throws Exception {
        List<List<String>> records = randomRecords(new Random(SEED + 1), RECORDS);
        StringWriter out = new StringWriter();
        try (CsvWriter writer = new CsvWriter(out)) {
            for (List<String> record : records) {
                writer.write(record);
            }
        }
        assertThat(readAll(out.toString()).stream().map(CsvRecord::fields).toList())
                .containsExactlyElementsOf(records);
    }

    @Test
    void randomRecords_coverEveryReasonToQuote() {
        List<String> fields = randomRecords(new Random(SEED), RECORDS).stream().flatMap(List::stream).toList();
        assertThat(randomRecords(new Random(SEED), RECORDS)).contains(List.of(""));
        assertThat(fields).anyMatch(f -> f.contains(","))
                .anyMatch(f -> f.contains("\""))
                .anyMatch(f -> f.contains("\r\n"))
                .anyMatch(f -> f.endsWith("\r"))
                .anyMatch(f -> f.startsWith("\n"))
                .anyMatch(f -> f.startsWith(" "))
                .anyMatch(f -> f.endsWith("\t"))
                .anyMatch(f -> f.startsWith("\uFEFF"))
                .anyMatch(String::isEmpty);
    }

    @Test
    void firstFieldStartingWithByteOrderMark_survivesAtTheStartOfTheFile() throws Exception {
        assertThat(readAll(write(List.of("\uFEFFa", "b")))).containsExactly(new CsvRecord(1, List.of("\uFEFFa", "b")));
    }

    @Test
    void tenMegabytes_areAllRead_recordByRecord() throws Exception {
        List<List<String>> sample = randomRecords(new Random(SEED), RECORDS);
        StringBuilder block = new StringBuilder();
        for (List<String> record : sample) {
            block.append(write(record));
        }
        String csv = block.toString().repeat(10_000_000 / block.length() + 1);
        long count = 0;
        try (CsvReader reader = new CsvReader(new StringReader(csv))) {
            while (reader.next().isPresent()) {
                count++;
            }
        }
        assertThat(csv.length()).isGreaterThan(10_000_000);
        assertThat(count).isEqualTo((long) RECORDS * (10_000_000 / block.length() + 1));
    }

    @Test
    void reader_streams_recordsComeBeforeTheEndOfAnEndlessInput() throws Exception {
        try (CsvReader reader = new CsvReader(new EndlessRecords())) {
            for (long i = 1; i <= 100_000; i++) {
                assertThat(reader.next()).contains(new CsvRecord(i, List.of("2024-05-01", "3", "headache")));
            }
        }
    }

    /** Repeats one record forever: a reader that loaded the whole input would never return. */
    private static final class EndlessRecords extends Reader {
        private static final String RECORD = "2024-05-01,3,headache\r\n";
        private int pos;

        @Override
        public int read(char[] cbuf, int off, int len) {
            for (int i = 0; i < len; i++) {
                cbuf[off + i] = RECORD.charAt(pos);
                pos = (pos + 1) % RECORD.length();
            }
            return len;
        }

        @Override
        public void close() {
        }
    }
}
