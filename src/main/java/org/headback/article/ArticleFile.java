package org.headback.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.headback.storage.OpenDiaries;
import org.headback.text.NotTextException;
import org.headback.text.TextEncoding;

/**
 * A file the user offers as an article, read only if it can be one: a {@code .txt}, {@code .md} or {@code .html}
 * file of at most 5 MB that holds text in UTF-8 (or UTF-16 with a byte-order mark).
 */
public record ArticleFile(String fileName, ArticleFormat format, String text) {
    public static final long MAX_BYTES = 5L * 1024 * 1024;

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
            if (OpenDiaries.holds(path)) {
                throw new ArticleRejectedException(name, "it is HeadBack's own diary (" + path + "), not an article.");
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
        try {
            return TextEncoding.decode(bytes);
        } catch (NotTextException e) {
            if (e.isBinary()) {
                throw new ArticleRejectedException(name, "it is not a text file (it contains binary data).");
            }
            throw new ArticleRejectedException(name, "its text cannot be decoded: it is not valid "
                    + e.charset().orElseThrow().name() + " (bad byte at offset " + e.offset()
                    + "). Save it as UTF-8 and try again.");
        }
    }
}
