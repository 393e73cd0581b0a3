package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headback.article.TextStructureTest.BODY_ONE;
import static org.headback.article.TextStructureTest.BODY_THREE;
import static org.headback.article.TextStructureTest.BODY_TWO;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates, breadcrumbs, section markers and link titles around the article. */
class TopAndLinkClutterTest {

    private static CleanedArticle clean(String... lines) {
        return Articles.text(String.join("\n\n", lines));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thursday, June 16, 2022", "June 16, 2022", "2022-06-16", "16 June 2022",
        "Jun 16th, 2022", "Published on June 16, 2022"})
    void dateLineAtTheTop_becomesThePublishedDate(String dateLine) {
        var article = clean(dateLine, "Back Pain and Headaches", BODY_ONE);
        assertThat(article.published()).contains(LocalDate.of(2022, 6, 16));
        assertThat(article.title()).isEqualTo("Back Pain and Headaches");
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE));
    }

    @Test
    void dateLineRightBelowTheTitle_isAlsoTaken() {
        var article = clean("Back Pain and Headaches", "June 16, 2022", BODY_ONE);
        assertThat(article.published()).contains(LocalDate.of(2022, 6, 16));
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE));
    }

    @Test
    void dateInsideASentence_isKept() {
        var sentence = "On June 16, 2022 the clinic published new advice on back pain and headaches for adults.";
        var article = clean("Title", sentence, BODY_ONE);
        assertThat(article.published()).isEmpty();
        assertThat(Articles.paragraphs(article)).containsExactly(sentence, BODY_ONE);
    }

    @Test
    void impossibleDate_isNotADate() {
        assertThat(DateLine.parse("February 30, 2022")).isEmpty();
        assertThat(DateLine.parse("Smarch 3, 2022")).isEmpty();
    }

    @Test
    void breadcrumbRunTogetherWithTheTitle_isRemoved() {
        var article = clean("HomeMust ReadCan Back Pain Cause Migraines", "Can Back Pain Cause Migraines", BODY_ONE);
        assertThat(article.title()).isEqualTo("Can Back Pain Cause Migraines");
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Home > Health > Back Pain", "Home » Can Back Pain Cause Migraines",
        "Home / Conditions / Spine", "You are here: Home > Spine > Neck"})
    void breadcrumbWithSeparators_isRemoved(String crumbs) {
        var article = clean(crumbs, "Can Back Pain Cause Migraines", BODY_ONE);
        assertThat(article.title()).isEqualTo("Can Back Pain Cause Migraines");
        assertThat(Articles.allText(article)).doesNotContain("Home");
    }

    @Test
    void homeInANormalSentenceOrHeading_isNotABreadcrumb() {
        var sentence = "Home exercises such as gentle stretches can ease mild back pain within a week or two.";
        var article = clean("Home Remedies for Back Pain", sentence, "Home / Office Setup", BODY_ONE);
        assertThat(article.title()).isEqualTo("Home Remedies for Back Pain");
        assertThat(Articles.allText(article)).contains(sentence, "Home / Office Setup");
    }

    @Test
    void relatedLinkTitlesAtTheEnd_areRemoved() {
        var article = clean("Title", BODY_ONE, "Actinic Keratosis: Progression to Carcinoma",
            "Can Taking Lisinopril Cause Back Pain?", "Nocturnal Hypoxemia: Causes and Treatment");
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE));
    }

    @Test
    void headingFollowedByItsParagraph_atTheEnd_isKept() {
        var article = clean("Title", BODY_ONE, "When to See a Doctor", BODY_TWO);
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE),
            new ArticleBlock.Heading("When to See a Doctor"), new ArticleBlock.Paragraph(BODY_TWO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Popular Articles", "Related Posts", "You May Also Like", "Recommended", "Read More",
        "Recent Posts", "Share this", "Advertisement", "Related Articles:"})
    void sectionMarkerBetweenParagraphs_isRemoved(String marker) {
        var article = clean("Title", BODY_ONE, marker, BODY_TWO);
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE),
            new ArticleBlock.Paragraph(BODY_TWO));
    }

    @Test
    void sectionMarkerAtTheEnd_takesItsLinksWithIt() {
        var article = clean("Title", BODY_ONE, "Related Posts", "Five Stretches for a Stiff Neck",
            "Is Coffee Good for Migraines?", "Sleep and back pain explained.");
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE));
    }

    @Test
    void sectionMarkerFollowedByRealText_keepsTheText() {
        var article = clean("Title", BODY_ONE, "Recommended", BODY_TWO, BODY_THREE);
        assertThat(Articles.paragraphs(article)).containsExactly(BODY_ONE, BODY_TWO, BODY_THREE);
    }

    @Test
    void strayLinkTitlesBeforeAParagraph_leaveOnlyTheMatchingHeading() {
        var paragraph = "The diagnosis of spinal pain has improved with imaging, which lets doctors place injections "
            + "more precisely.";
        var article = clean("Title", BODY_ONE, "How Is Spinal Pain Diagnosed",
            "Try These 9 Simple Headache Hacks for Fast Relief", paragraph);
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE),
            new ArticleBlock.Heading("How Is Spinal Pain Diagnosed"), new ArticleBlock.Paragraph(paragraph));
    }

    @Test
    void matchingHeadingAfterStrayTitles_isTheOneKept() {
        var paragraph = "In one study of chronic headache, low back pain was twice as common as in people without "
            + "headache.";
        var article = clean("Title", BODY_ONE, "Options for Treatment", "Reducing Stress",
            "Chronic Headache And Low Back Pain", paragraph);
        assertThat(Articles.headings(article)).containsExactly("Chronic Headache And Low Back Pain");
    }

    @Test
    void headingsSharingNoWordWithTheParagraph_areAllKept() {
        var article = clean("Title", BODY_ONE, "Part Two", "Overview", BODY_THREE);
        assertThat(Articles.headings(article)).containsExactly("Part Two", "Overview");
    }

    @Test
    void learnMoreStub_isRemoved_butALongerSentenceIsKept() {
        var longer = "Learn more about your own pain by keeping a diary, since it shows patterns your doctor can use.";
        var article = clean("Title", BODY_ONE, "Learn more about arthritis.", "Read more", "Click here for the guide.",
            longer);
        assertThat(Articles.paragraphs(article)).containsExactly(BODY_ONE, longer);
    }
}
