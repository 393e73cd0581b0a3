package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headback.article.TextStructureTest.BODY_ONE;
import static org.headback.article.TextStructureTest.BODY_TWO;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    private static CleanedArticle clean(String... lines) {
        return Articles.markdown(String.join("\n", lines));
    }

    @Test
    void firstHashHeading_isTheTitle_andDeeperHeadingsKeepTheirLevel() {
        var article = clean("# Back Pain", "", BODY_ONE, "", "## Causes", "", BODY_TWO, "", "### In the Neck ###", "",
            BODY_ONE);
        assertThat(article.title()).isEqualTo("Back Pain");
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE),
            new ArticleBlock.Heading(2, "Causes"), new ArticleBlock.Paragraph(BODY_TWO),
            new ArticleBlock.Heading(3, "In the Neck"), new ArticleBlock.Paragraph(BODY_ONE));
    }

    @Test
    void setextHeadings_areRead() {
        var article = clean("Back Pain", "=========", "", BODY_ONE, "", "Causes", "------", "", BODY_TWO);
        assertThat(article.title()).isEqualTo("Back Pain");
        assertThat(Articles.headings(article)).containsExactly("Causes");
    }

    @Test
    void softLineBreaks_joinIntoOneParagraph() {
        var article = clean("# Title", "", "Pain that starts in the lower back", "can travel up the spine.");
        assertThat(Articles.paragraphs(article)).containsExactly(
            "Pain that starts in the lower back can travel up the spine.");
    }

    @Test
    void listsOfEveryKind_areRead() {
        var article = clean("# Title", "", BODY_ONE, "", "- heat", "* rest", "+ walking", "", BODY_TWO, "",
            "1. stretch", "2. sleep", "   well", "", BODY_ONE);
        assertThat(Articles.lists(article)).containsExactly(
            new ArticleBlock.ItemList(List.of("heat", "rest", "walking")),
            new ArticleBlock.ItemList(List.of("stretch", "sleep well"), true));
    }

    @Test
    void bulletSignsFromScrapedText_makeListsToo() {
        var article = clean("# Title", "", BODY_ONE, "", "• heat", "• rest");
        assertThat(Articles.lists(article)).containsExactly(
            new ArticleBlock.ItemList(List.of("heat", "rest")));
    }

    @Test
    void inlineMarkup_isStripped() {
        var article = clean("# The **Neck** and _Headaches_", "",
            "Read **bold**, *italic*, __strong__, `code`, [a link](https://example.org) and ~~gone~~ text "
                + "with ![a picture](img.png)an image, <span>a tag</span> and snake_case_name.");
        assertThat(article.title()).isEqualTo("The Neck and Headaches");
        assertThat(Articles.paragraphs(article)).containsExactly("Read bold, italic, strong, code, a link and gone "
            + "text with an image, a tag and snake_case_name.");
    }

    @Test
    void escapedCharacters_stayLiteral() {
        var article = clean("# Title", "", "Use \\*stars\\* and 5 \\* 3 for multiplication in the notes you keep.");
        assertThat(Articles.paragraphs(article)).containsExactly(
            "Use *stars* and 5 * 3 for multiplication in the notes you keep.");
    }

    @Test
    void latexAndMojibake_areRepaired() {
        var article = clean("# Title", "", "Levels of TNF-\\(\\alpha\\) rise; itâ€™s a sign of inflammation here.");
        assertThat(Articles.paragraphs(article)).containsExactly(
            "Levels of TNF-α rise; it’s a sign of inflammation here.");
    }

    @Test
    void rulesQuotesAndFences_areHandled() {
        var article = clean("# Title", "", "> " + BODY_ONE, "", "---", "", "```", "x = 1", "```", "", BODY_TWO);
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE),
            new ArticleBlock.Paragraph("x = 1"),
            new ArticleBlock.Paragraph(BODY_TWO));
    }

    @Test
    void clutterRules_applyToMarkdownToo() {
        var article = clean("# Title", "", BODY_ONE + " Call us at 310-828-7757 today.", "", "## Related Posts", "",
            "- [Five Stretches](https://example.org/a)", "- [Coffee and Migraines](https://example.org/b)");
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE));
    }

    @Test
    void markdownWithoutHashTitle_takesTheFirstHeadingLikeLine() {
        var article = clean("Back Pain Basics", "", BODY_ONE);
        assertThat(article.title()).isEqualTo("Back Pain Basics");
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE));
    }

    @Test
    void frontMatter_isSkipped() {
        var article = clean("---", "title: front matter", "tags: [neck]", "---", "", "# Neck Pain", "", BODY_ONE);
        assertThat(article.title()).isEqualTo("Neck Pain");
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE));
    }
}
