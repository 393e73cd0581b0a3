package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cleaned form kept beside a user's article: it reads back as written, and damage is noticed, never misread. */
class CleanFormTest {
    private static final Article EVERY_KIND = new Article("notes", "Notes: 12 of them\nend", "notes.md",
            ArticleOrigin.USER, Optional.of(LocalDate.of(2022, 6, 16)), List.of(
                    new ArticleBlock.Heading(2, "Causes"),
                    new ArticleBlock.Paragraph("A paragraph with a line\nbreak, 3:4 colons, “quotes”, 😀 and end\nend"),
                    new ArticleBlock.ItemList(List.of("one", "", "p 5:three"), false),
                    new ArticleBlock.ItemList(List.of("first"), true),
                    new ArticleBlock.Heading(6, "Deepest"),
                    new ArticleBlock.ItemList(List.of(), false),
                    new ArticleBlock.Paragraph("")));

    private static Optional<Article> read(String form) {
        return CleanForm.read(form, "notes", "notes.md", ArticleOrigin.USER);
    }

    @Test
    void everyKindOfBlock_readsBackAsWritten() {
        assertThat(read(CleanForm.write(EVERY_KIND))).contains(EVERY_KIND);
    }

    @Test
    void anArticleWithoutDateOrBlocks_readsBackAsWritten() {
        var bare = new Article("notes", "Untitled", "notes.md", ArticleOrigin.USER, Optional.empty(), List.of());
        assertThat(read(CleanForm.write(bare))).contains(bare);
    }

    @Test
    void theWordCountIsKept_notCountedAgain() {
        var form = CleanForm.write(EVERY_KIND);
        assertThat(read(form).orElseThrow().wordCount()).isEqualTo(EVERY_KIND.wordCount());
        var otherCount = form.replaceFirst("\n" + EVERY_KIND.wordCount() + "\n", "\n4321\n");
        assertThat(read(otherCount).orElseThrow().wordCount()).isEqualTo(4321);
    }

    @Test
    void aFormCutShortAnywhere_isRefused() {
        var form = CleanForm.write(EVERY_KIND);
        for (int length = 0; length < form.length(); length++) {
            assertThat(read(form.substring(0, length))).as("cut at %d", length).isEmpty();
        }
    }

    @Test
    void aFormWithAnyCharacterChanged_isRefusedOrReadsAsAnArticle_neverThrows() {
        var form = CleanForm.write(EVERY_KIND);
        for (int at = 0; at < form.length(); at++) {
            for (char replacement : new char[] {'x', '9', '\n', ':', ' ', '-'}) {
                var damaged = form.substring(0, at) + replacement + form.substring(at + 1);
                assertThat(read(damaged)).as("character %d as %s", at, replacement).isNotNull();
            }
        }
    }

    @Test
    void damagedForms_areRefused() {
        var form = CleanForm.write(EVERY_KIND);
        assertThat(read("")).isEmpty();
        assertThat(read("{\"title\": \"not this format\"}")).isEmpty();
        assertThat(read(form.replace(CleanForm.HEADER, "headback clean form 1"))).as("another format").isEmpty();
        assertThat(read(form + "p 3:one\n")).as("more after the end").isEmpty();
        assertThat(read(form.replace("h2 6:Causes", "h9 6:Causes"))).as("no such heading level").isEmpty();
        assertThat(read(form.replace("h2 6:Causes", "h2 60:Causes"))).as("a length past the end").isEmpty();
        assertThat(read(form.replace("h2 6:Causes", "h2 -6:Causes"))).as("a negative length").isEmpty();
        assertThat(read(form.replace("h2 6:Causes", "q 6:Causes"))).as("an unknown block").isEmpty();
        assertThat(read(form.replace("\n7\n", "\n99999999999\n"))).as("a count too large").isEmpty();
        assertThat(read(form.replace("10:2022-06-16", "10:2022-13-16"))).as("no such date").isEmpty();
    }
}
