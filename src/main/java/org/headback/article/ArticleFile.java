package org.headback.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file the user offers as an article, read only if it can be one: a {@code .txt}, {@code .md} or {@code .html}
 * file of at most 5 MB that holds text in UTF-8 (or UTF-16 with a byte-order mark).
 */
public record ArticleFile(String fileName, ArticleFormat format, String text) {
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final int SNIFF_BYTES = 8192;

    /** Reads and checks the file; throws {@link ArticleRejectedException} with the reason if it cannot be one. */
    public static ArticleFile read(Path path) {
        var name = String.valueOf(path.getFileName());
        var format = ArticleFormat.ofFileName(name).orElseThrow(() -> new ArticleRejectedException(name,
                "HeadBack can add .txt, .md and .html files, and this is none of them."));
        var bytes = readChecked(path, name);
        var text = decode(bytes, name);
        if (text.isBlank()) {
            throw new ArticleRejectedException(name, "the file has no text in it.");
        }
        return new ArticleFile(name, format, text);
    }

    private static byte[] readChecked(Path path, String name) {
        try {
            if (Files.isDirectory(path)) {
                throw new ArticleRejectedException(name, "it is a folder, not a file.");
            }
            long size = Files.size(path);
            if (size == 0) {
                throw new ArticleRejectedException(name, "the file is empty.");
            }
            if (size > MAX_BYTES) {
                throw tooLarge(name, size);
            }
            // Never more than the limit, even from a file that grows while it is read.
            try (var in = Files.newInputStream(path)) {
                var bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw tooLarge(name, Math.max(size, bytes.length));
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new ArticleRejectedException(name, "there is no such file (" + path + ").");
        } catch (IOException e) {
            throw new ArticleRejectedException(name, "the file cannot be read (" + e.getMessage() + ").");
        }
    }

    private static ArticleRejectedException tooLarge(String name, long size) {
        return new ArticleRejectedException(name, String.format(Locale.ROOT,
                "the file is %.1f MB, and an article can be at most 5 MB.", size / (1024.0 * 1024.0)));
    }

    static String decode(byte[] bytes, String name) {
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decodeStrict(bytes, 2, StandardCharsets.UTF_16LE, name);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decodeStrict(bytes, 2, StandardCharsets.UTF_16BE, name);
        }
        if (looksBinary(bytes)) {
            throw new ArticleRejectedException(name, "it is not a text file (it contains binary data).");
        }
        int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return decodeStrict(bytes, skip, StandardCharsets.UTF_8, name);
    }

    /** NUL bytes, or many control characters, in the first few kilobytes: no text file has them. */
    static boolean looksBinary(byte[] bytes) {
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

    private static String decodeStrict(byte[] bytes, int offset, Charset charset, String name) {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            throw new ArticleRejectedException(name, "its text cannot be decoded: it is not valid " + charset.name()
                    + " (bad byte at offset " + buffer.position() + "). Save it as UTF-8 and try again.");
        } catch (CharacterCodingException e) {
            throw new ArticleRejectedException(name, "its text cannot be decoded as " + charset.name() + ".");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
