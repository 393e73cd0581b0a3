package org.headback.text;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Bytes that are not text HeadBack reads: binary data, or text that is not valid in its encoding (then with where
 * the first bad byte is and the text before it, so that a message can say where to look).
 */
public final class NotTextException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Charset charset;
    private final long offset;
    private final int badByte;
    private final String textBefore;

    private NotTextException(String message, Charset charset, long offset, int badByte, String textBefore) {
        super(message);
        this.charset = charset;
        this.offset = offset;
        this.badByte = badByte;
        this.textBefore = textBefore;
    }

    static NotTextException binary() {
        return new NotTextException("binary data", null, -1, -1, "");
    }

    static NotTextException undecodable(Charset charset, long offset, int badByte, String textBefore) {
        return new NotTextException("not valid " + charset.name() + " at offset " + offset, charset, offset, badByte,
                textBefore);
    }

    /** True for binary data (NUL bytes, many control characters); false for text that does not decode. */
    public boolean isBinary() {
        return charset == null;
    }

    /** The encoding the text was read in; empty for binary data. */
    public Optional<Charset> charset() {
        return Optional.ofNullable(charset);
    }

    /** Where the first byte that does not decode is, counted from the start of the file (its byte-order mark too). */
    public long offset() {
        return offset;
    }

    /** The value of that byte, 0–255. */
    public int badByte() {
        return badByte;
    }

    /** All the text before that byte, as decoded (without the byte-order mark). */
    public String textBefore() {
        return textBefore;
    }
}
