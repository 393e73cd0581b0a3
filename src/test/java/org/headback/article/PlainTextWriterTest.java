package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlainTextWriterTest {

    @Test
    void article_isWrittenWithTitleAndBlankLinesBetweenBlocks() {
        var article = new CleanedArticle("Back Pain", Optional.empty(), List.of(new ArticleBlock.Paragraph("First."),
            new ArticleBlock.Heading(3, "Causes"), new ArticleBlock.ItemList(List.of("Heat", "Rest"), true),
            new ArticleBlock.Paragraph("Last.")));
        assertThat(PlainTextWriter.write(article))
            .isEqualTo("# Back Pain\n\nFirst.\n\n# Causes\n\n- Heat\n- Rest\n\nLast.\n");
    }

    @Test
    void articleWithoutBlocks_isJustTheTitle() {
        var article = new CleanedArticle("Untitled", Optional.empty(), List.of());
        assertThat(PlainTextWriter.write(article)).isEqualTo("# Untitled\n");
    }

    @Test
    void writtenArticle_readsBackAsTheSameArticle() {
        var article = new CleanedArticle("Back Pain", Optional.empty(), List.of(
            new ArticleBlock.Paragraph(TextStructureTest.BODY_ONE), new ArticleBlock.Heading("Causes"),
            new ArticleBlock.Paragraph(TextStructureTest.BODY_TWO),
            new ArticleBlock.ItemList(List.of("Heat", "Rest"))));
        var reread = new ArticleCleaner().clean(PlainTextWriter.write(article), ArticleFormat.MARKDOWN);
        assertThat(reread.title()).isEqualTo("Back Pain");
        assertThat(reread.blocks()).containsExactly(new ArticleBlock.Paragraph(TextStructureTest.BODY_ONE),
            new ArticleBlock.Heading(2, "Causes"), new ArticleBlock.Paragraph(TextStructureTest.BODY_TWO),
            new ArticleBlock.ItemList(List.of("Heat", "Rest")));
    }
}
