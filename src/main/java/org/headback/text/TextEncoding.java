package org.headback.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How HeadBack reads a text file it is given, an article or a diary's CSV file: UTF-8, with or without a byte-order
 * mark, or UTF-16 (little- or big-endian) with one. Nothing is guessed beyond that: text that is not valid in its
 * encoding is refused, never decoded with replacement characters, and a file not marked as UTF-16 that has NUL
 * bytes or many control characters in its first few kilobytes is binary data, not text.
 */
public final class TextEncoding {
    /** How much of a file's start is looked at for binary data. */
    static final int SNIFF_BYTES = 8192;
    private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF_16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF_16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private TextEncoding() {
    }

    /** The whole text of a file's bytes, without its byte-order mark. */
    public static String decode(byte[] bytes) throws NotTextException {
        var charset = charsetOf(bytes);
        checkNotBinary(charset, bytes);
        int mark = byteOrderMarkLength(bytes);
        var decoder = strictDecoder(charset);
        var in = ByteBuffer.wrap(bytes, mark, bytes.length - mark);
        var out = CharBuffer.allocate((int) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        var result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw NotTextException.undecodable(charset, at, at < bytes.length ? bytes[at] & 0xFF : -1,
                    out.flip().toString());
        }
        return out.flip().toString();
    }

    /**
     * A reader of the stream's text, without its byte-order mark, that throws a
     * {@link java.nio.charset.CharacterCodingException} at the first byte that does not decode ({@link #decode} of
     * the same bytes then says where it is). The stream is closed with the reader.
     */
    public static Reader reader(InputStream stream) throws IOException, NotTextException {
        var in = new BufferedInputStream(stream, SNIFF_BYTES);
        in.mark(SNIFF_BYTES);
        var head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        var charset = charsetOf(head);
        checkNotBinary(charset, head);
        in.skipNBytes(byteOrderMarkLength(head));
        return new InputStreamReader(in, strictDecoder(charset));
    }

    /** UTF-16 has NUL bytes in all Latin text; what looks binary is only checked in UTF-8. */
    private static void checkNotBinary(Charset charset, byte[] head) throws NotTextException {
        if (charset.equals(StandardCharsets.UTF_8) && looksBinary(head)) {
            throw NotTextException.binary();
        }
    }

    /** NUL bytes, or many control characters, in the first few kilobytes: no text file has them. */
    public static boolean looksBinary(byte[] bytes) {
        int length = Math.min(bytes.length, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        return controls > length / 20;
    }

    private static Charset charsetOf(byte[] head) {
        if (startsWith(head, UTF_16LE_BOM)) {
            return StandardCharsets.UTF_16LE;
        }
        return startsWith(head, UTF_16BE_BOM) ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_8;
    }

    private static int byteOrderMarkLength(byte[] head) {
        if (startsWith(head, UTF_16LE_BOM) || startsWith(head, UTF_16BE_BOM)) {
            return 2;
        }
        return startsWith(head, UTF_8_BOM) ? UTF_8_BOM.length : 0;
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
