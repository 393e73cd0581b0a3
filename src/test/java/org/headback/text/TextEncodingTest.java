package org.headback.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextEncodingTest {
    private static byte[] withMark(String text, Charset charset) {
        return ("\uFEFF" + text).getBytes(charset);
    }

    private static String readAll(byte[] bytes) throws IOException, NotTextException {
        try (Reader reader = TextEncoding.reader(new ByteArrayInputStream(bytes))) {
            var text = new StringBuilder();
            var buffer = new char[7];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE"})
    void textWithAByteOrderMark_isDecodedInItsEncoding_withoutTheMark(String name) throws Exception {
        var bytes = withMark("date\tnotes\r\ncafé 漢 😀", Charset.forName(name));
        assertThat(TextEncoding.decode(bytes)).isEqualTo("date\tnotes\r\ncafé 漢 😀");
        assertThat(readAll(bytes)).isEqualTo("date\tnotes\r\ncafé 漢 😀");
    }

    @Test
    void textWithoutAMark_isUtf8() throws Exception {
        var bytes = "Ünïcödé".getBytes(StandardCharsets.UTF_8);
        assertThat(TextEncoding.decode(bytes)).isEqualTo("Ünïcödé");
        assertThat(readAll(bytes)).isEqualTo("Ünïcödé");
    }

    @Test
    void invalidText_isRefused_withTheOffsetAndValueOfTheFirstBadByte_andTheTextBeforeIt() {
        var bytes = "line one\nCaf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        var e = catchThrowableOfType(NotTextException.class, () -> TextEncoding.decode(bytes));
        assertThat(e.isBinary()).isFalse();
        assertThat(e.charset()).contains(StandardCharsets.UTF_8);
        assertThat(e.offset()).isEqualTo(12);
        assertThat(e.badByte()).isEqualTo(0xE9);
        assertThat(e.textBefore()).isEqualTo("line one\nCaf");
        assertThatThrownBy(() -> readAll(bytes)).isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void loneSurrogateInUtf16_isRefused() {
        var bytes = new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0x00, (byte) 0xD8, 'b', 0};
        var e = catchThrowableOfType(NotTextException.class, () -> TextEncoding.decode(bytes));
        assertThat(e.charset()).contains(StandardCharsets.UTF_16LE);
        assertThat(e.offset()).isEqualTo(4);
        assertThat(e.textBefore()).isEqualTo("a");
    }

    @Test
    void binaryData_isNotText_butUtf16WithItsNulBytesIs() throws Exception {
        var zip = new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0};
        assertThat(catchThrowableOfType(NotTextException.class, () -> TextEncoding.decode(zip)).isBinary()).isTrue();
        assertThat(catchThrowableOfType(NotTextException.class, () -> readAll(zip)).isBinary()).isTrue();
        var markedBinary = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 0, 1, 2};
        assertThat(catchThrowableOfType(NotTextException.class, () -> TextEncoding.decode(markedBinary)).isBinary())
                .isTrue();
        assertThat(readAll(withMark("a,b", StandardCharsets.UTF_16LE))).isEqualTo("a,b");
    }

    @Test
    void plainTextWithTabsAndFormFeeds_isNotMistakenForBinary() {
        assertThat(TextEncoding.looksBinary("a\tb\fc\r\n".repeat(100).getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void readerOfALongFile_readsPastTheLookedAtStart() throws Exception {
        var text = "é".repeat(TextEncoding.SNIFF_BYTES * 3);
        assertThat(readAll(withMark(text, StandardCharsets.UTF_16BE))).isEqualTo(text);
        assertThat(readAll(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }
}
