package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void utf8TextFile_isRead() throws Exception {
        var file = write("note.txt", "Title\n\nA paragraph about neck pain.".getBytes(StandardCharsets.UTF_8));
        var article = ArticleFile.read(file);
        assertThat(article.format()).isEqualTo(ArticleFormat.TEXT);
        assertThat(article.fileName()).isEqualTo("note.txt");
        assertThat(article.text()).startsWith("Title");
    }

    @Test
    void byteOrderMarks_areHonouredAndDropped() throws Exception {
        var utf8 = write("bom.md", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'});
        var utf16 = write("wide.txt", "\uFEFFHéllo".getBytes(StandardCharsets.UTF_16LE));
        assertThat(ArticleFile.read(utf8).text()).isEqualTo("Hi");
        assertThat(ArticleFile.read(utf16).text()).isEqualTo("Héllo");
    }

    @Test
    void binaryFile_isRefused() throws Exception {
        var png = write("picture.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});
        assertThatThrownBy(() -> ArticleFile.read(png))
                .isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("picture.txt")
                .hasMessageContaining("not a text file");
    }

    @Test
    void emptyAndBlankFiles_areRefused() throws Exception {
        var empty = write("empty.txt", new byte[0]);
        var blank = write("blank.md", " \n\t\n ".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ArticleFile.read(empty)).hasMessageContaining("empty");
        assertThatThrownBy(() -> ArticleFile.read(blank)).hasMessageContaining("no text");
    }

    @Test
    void fileOverFiveMegabytes_isRefusedBySizeBeforeReading() throws Exception {
        var huge = dir.resolve("huge.txt");
        try (var file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(5L * 1024 * 1024 * 1024);
        }
        assertThatThrownBy(() -> ArticleFile.read(huge))
                .isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("5120.0 MB")
                .hasMessageContaining("at most 5 MB");
    }

    @Test
    void invalidUtf8_isRefusedWithTheOffset() throws Exception {
        var latin1 = write("latin.txt", "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ArticleFile.read(latin1))
                .isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("offset 3");
    }

    @Test
    void unknownExtension_isRefused() throws Exception {
        var pdf = write("paper.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> ArticleFile.read(pdf)).hasMessageContaining(".txt, .md and .html");
    }

    @Test
    void missingFile_isRefused() {
        assertThatThrownBy(() -> ArticleFile.read(dir.resolve("gone.txt"))).hasMessageContaining("no such file");
    }
}
