package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How plain text is split into a title, headings, paragraphs and lists. */
class TextStructureTest {

    static final String BODY_ONE = "Back pain is one of the most common reasons people see a doctor, and most "
        + "cases get better within a few weeks.";
    static final String BODY_TWO = "Headaches have many causes, from tension in the neck muscles to changes in "
        + "sleep, diet or stress levels.";
    static final String BODY_THREE = "Keeping a diary of both helps to see whether one tends to follow the other "
        + "over days or weeks.";

    private static CleanedArticle clean(String... lines) {
        return Articles.text(String.join("\n", lines));
    }

    @Test
    void firstHeadingLikeLine_isTheTitle_andNotABlock() {
        var article = clean("Back Pain and Headaches", "", BODY_ONE);
        assertThat(article.title()).isEqualTo("Back Pain and Headaches");
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE));
    }

    @Test
    void textWithoutHeading_takesItsTitleFromTheFirstSentence() {
        var article = clean("My back hurt today.", "", BODY_ONE);
        assertThat(article.title()).isEqualTo("My back hurt today");
        assertThat(article.blocks()).hasSize(2);
    }

    @Test
    void blankInput_isUntitledAndEmpty() {
        for (var input : new String[] {"", "   \n\n  ", null}) {
            var article = new ArticleCleaner().clean(input, ArticleFormat.TEXT);
            assertThat(article.title()).isEqualTo("Untitled");
            assertThat(article.blocks()).isEmpty();
        }
    }

    @Test
    void longLinesSeparatedByOneLineBreak_areTwoParagraphs() {
        var article = clean("Title", "", BODY_ONE, BODY_TWO);
        assertThat(Articles.paragraphs(article)).containsExactly(BODY_ONE, BODY_TWO);
    }

    @Test
    void lineBreakBeforeLowerCaseContinuation_isJoined() {
        var article = clean("Title", "", "Pain that starts in the lower back can travel up the spine and",
            "reach the neck, where it may set off a headache.");
        assertThat(Articles.paragraphs(article)).containsExactly("Pain that starts in the lower back can travel "
            + "up the spine and reach the neck, where it may set off a headache.");
    }

    @Test
    void hardWrappedParagraph_becomesOneParagraph() {
        var article = clean("Notes on My Back", "",
            "Back pain is one of the most common reasons people see a doctor.",
            "Most cases get better within a few weeks, and simple things such",
            "as gentle movement, heat and a good night's sleep often help more",
            "than rest in bed.",
            "",
            "Headaches have many causes, from tension in the neck muscles to",
            "changes in sleep, diet or stress levels.");
        assertThat(Articles.paragraphs(article)).containsExactly(
            "Back pain is one of the most common reasons people see a doctor. Most cases get better within a few "
                + "weeks, and simple things such as gentle movement, heat and a good night's sleep often help more "
                + "than rest in bed.",
            "Headaches have many causes, from tension in the neck muscles to changes in sleep, diet or stress levels.");
    }

    @Test
    void hardWrappedText_keepsAHeadingOnTheLineAbove() {
        var article = clean("Title", "", "Causes",
            "Headaches have many causes, from tension in the neck muscles to",
            "changes in sleep, diet or stress levels.");
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Heading("Causes"), new ArticleBlock.Paragraph(
            "Headaches have many causes, from tension in the neck muscles to changes in sleep, diet or stress "
                + "levels."));
    }

    @Test
    void bulletLines_becomeOneList() {
        var article = clean("Title", "", BODY_ONE, "", "  • Heat", "  • Rest", "", BODY_TWO, "",
            "- one", "* two", "– three", "· four", "▪ five", "● six");
        var lists = Articles.lists(article);
        assertThat(lists).extracting(ArticleBlock.ItemList::items).containsExactly(List.of("Heat", "Rest"),
            List.of("one", "two", "three", "four", "five", "six"));
        assertThat(lists).noneMatch(ArticleBlock.ItemList::ordered);
    }

    @Test
    void numberedLines_becomeAnOrderedList() {
        var article = clean("Title", "", BODY_ONE, "", "1. Stretch", "2) Walk", "3. Sleep");
        assertThat(Articles.lists(article))
            .containsExactly(new ArticleBlock.ItemList(List.of("Stretch", "Walk", "Sleep"), true));
    }

    @Test
    void wrappedBulletItem_isJoined() {
        var article = clean("Title", "", BODY_ONE, "", "• Heat on the lower back for",
            "twenty minutes", "• Rest");
        assertThat(Articles.lists(article).get(0).items()).containsExactly("Heat on the lower back for twenty minutes",
            "Rest");
    }

    @Test
    void threeShortLinesTogether_becomeAList() {
        var article = clean("Title", "", BODY_ONE, "", "Warning Signs", "",
            "A high fever or chills.", "Unexplained weight loss.", "Back pain that worsens when lying down.",
            "", BODY_TWO);
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE),
            new ArticleBlock.Heading("Warning Signs"),
            new ArticleBlock.ItemList(List.of("A high fever or chills.", "Unexplained weight loss.",
                "Back pain that worsens when lying down.")), new ArticleBlock.Paragraph(BODY_TWO));
    }

    @Test
    void twoShortLinesTogether_areNotAList() {
        var article = clean("Title", "", BODY_ONE, "", "Warning Signs", "A high fever or chills.");
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE),
            new ArticleBlock.Heading("Warning Signs"),
            new ArticleBlock.Paragraph("A high fever or chills."));
    }

    @Test
    void shortLinesInTextWithoutBlankLines_areNotAList() {
        var article = clean("Title", BODY_ONE, "Rest helps.", "Heat helps.", "Walking helps.", BODY_TWO);
        assertThat(Articles.lists(article)).isEmpty();
        assertThat(Articles.paragraphs(article)).contains("Rest helps.", "Walking helps.");
    }

    @Test
    void singleShortLineBetweenParagraphs_isAHeading() {
        var article = clean("Title", "", BODY_ONE, "", "Why the Neck Matters", "", BODY_TWO);
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE),
            new ArticleBlock.Heading("Why the Neck Matters"), new ArticleBlock.Paragraph(BODY_TWO));
    }

    @Test
    void headingLikeLines_followTheShapeRules() {
        assertThat(LineShapes.isHeadingLike("Can Back Pain Cause Migraines?")).isTrue();
        assertThat(LineShapes.isHeadingLike("Stop Ignoring Your Back!")).isTrue();
        assertThat(LineShapes.isHeadingLike("10 Ways to Sleep Better")).isTrue();
        assertThat(LineShapes.isHeadingLike("Back Pain? Try This Stretch")).isTrue();
        assertThat(LineShapes.isHeadingLike("Dr. Lee Explains the Neck")).isTrue();
        assertThat(LineShapes.isHeadingLike("Rest helps. Call us!")).isFalse();
        assertThat(LineShapes.isHeadingLike("Rest helps.")).isFalse();
        assertThat(LineShapes.isHeadingLike("Causes include:")).isFalse();
        assertThat(LineShapes.isHeadingLike("Symptoms, causes,")).isFalse();
        assertThat(LineShapes.isHeadingLike("lower case start")).isFalse();
        assertThat(LineShapes.isHeadingLike("A Guide to the")).isFalse();
        assertThat(LineShapes.isHeadingLike("One two three four five six seven eight nine ten eleven twelve "
            + "thirteen fourteen fifteen sixteen")).isFalse();
    }
}
