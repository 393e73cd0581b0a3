package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PageChromeTest {
    private static final ArticleCleaner CLEANER = new ArticleCleaner();

    /** A page as a health site prints it: menu, byline, share buttons, ads, feedback, links and a cookie notice. */
    private static final String PAGE = String.join("\n",
            "Skip to main content", "Health Conditions", "Wellness Topics", "Product Reviews", "Subscribe", "",
            "Neck Pain and Headaches: What's the Connection?",
            "Written by a staff writer — Updated on March 3, 2024", "Share on Pinterest",
            "Photo by Someone/Getty Images", "",
            "Many people who have neck pain also get headaches, and the neck can be the source of the pain.", "",
            "Advertisement", "", "Treatment options",
            "Physical therapy can help by strengthening the muscles that support the neck.",
            "If your headache is sudden and severe, seek emergency care.", "",
            "Was this helpful?", "Last medically reviewed on March 3, 2024", "Share this article", "Facebook",
            "Twitter", "Read this next", "Migraine vs. Headache: How to Tell the Difference",
            "9 Stretches for Neck Pain Relief",
            "We use cookies to improve your experience. By continuing you agree to our Cookie Policy.");

    @Test
    void healthSitePage_keepsTheArticle_andDropsThePageAroundIt() {
        var article = CLEANER.clean(PAGE, ArticleFormat.TEXT);
        assertThat(article.title()).isEqualTo("Neck Pain and Headaches: What's the Connection?");
        assertThat(article.published()).contains(LocalDate.of(2024, 3, 3));
        var text = PlainTextWriter.write(article);
        assertThat(text).contains("Many people who have neck pain also get headaches")
                .contains("# Treatment options\n\nPhysical therapy can help")
                .contains("If your headache is sudden and severe, seek emergency care.");
        assertThat(text).doesNotContain("Skip to", "Wellness Topics", "Pinterest", "Photo by", "Advertisement",
                "Was this helpful", "Facebook", "Read this next", "9 Stretches", "cookies");
    }

    @Test
    void siteLinksAboveTheTitle_andANewsletterPromo_go() {
        var page = String.join("\n", "Find a Doctor", "Log in to Patient Account", "", "Tension headache",
                "Symptoms & causes", "Print", "",
                "A tension-type headache is often described as a tight band around the head, and it is common.", "",
                "From the clinic to your inbox",
                "Sign up for free and stay up to date on health tips. Click here for an email preview.");
        var article = CLEANER.clean(page, ArticleFormat.TEXT);
        assertThat(article.title()).isEqualTo("Tension headache");
        assertThat(PlainTextWriter.write(article)).doesNotContain("Find a Doctor", "Log in", "Sign up", "inbox")
                .contains("tight band around the head");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Share on Facebook", "Skip to content", "Was this page helpful?", "Advertisement",
        "Image credit: Someone", "Print", "Subscribe", "Back to top"})
    void chromeLines_areRecognised(String line) {
        assertThat(PageChrome.isChrome(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Share on Facebook Share on Twitter", "Share on Facebook Share on Twitter Pin it Email",
        "Facebook | Twitter | Pinterest | Email | Print", "Share on FacebookShare on TwitterPin itEmail",
        "Tweet · Pin it · Email this article · Copy link", "Share: Facebook, Twitter, LinkedIn, WhatsApp",
        "Share on Facebook Share on Twitter Share on Pinterest Share on LinkedIn Share on Reddit Share via Email"
            + " Pin it Tweet Print Copy link Save to Pinterest Flipboard Email"})
    void rowOfSharingButtons_isChrome_whateverTheirNumber(String line) {
        assertThat(PageChrome.isChrome(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Share this with your doctor.", "Share on social media only what you are happy with.",
        "Print the diary and email it to your physiotherapist before the visit.", "Pin it down",
        "Save", "Pinterest and Facebook groups can be a comfort to people with chronic pain."})
    void sentencesAboutSharing_andLoneAmbiguousWords_stay(String line) {
        assertThat(PageChrome.isChrome(line)).isFalse();
    }

    @Test
    void longLineOfButtonWords_isJudgedQuickly() {
        var line = "Share on Facebook ".repeat(20) + "share share pin pin e-mail ".repeat(8) + "because";
        long start = System.nanoTime();
        assertThat(PageChrome.isChrome(line)).isFalse();
        assertThat(System.nanoTime() - start).isLessThan(200_000_000L);
    }

    @Test
    void rowOfSharingButtonsInAnArticle_goes_andTheSentencesAroundItStay() {
        var article = CLEANER.clean(String.join("\n", "Neck Pain and Headaches", "",
                "Many people who have neck pain also get headaches, and the neck can be the source of the pain.",
                "Share on Facebook Share on Twitter Pin it Email", "",
                "Share this list with your doctor: it helps to see the pattern over weeks."), ArticleFormat.TEXT);
        assertThat(PlainTextWriter.write(article)).doesNotContain("Share on", "Pin it")
                .contains("the neck can be the source of the pain.")
                .contains("Share this list with your doctor: it helps to see the pattern over weeks.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Many patients share their stories on Facebook groups about migraines.",
        "Search for a specialist who treats both conditions.", "Photography helps me relax.",
        "Cookies and chocolate can be migraine triggers for some people.", "Menus of treatment vary."})
    void sentencesThatMentionTheseWords_stay(String line) {
        assertThat(PageChrome.isChrome(line)).isFalse();
    }

    @Test
    void headingThenSentences_isAHeadingOverParagraphs_notAList() {
        var article = CLEANER.clean("Title Of The Page\n\nIntro paragraph with enough words to be body text here.\n\n"
                + "Causes\nStress can tighten the muscles.\nPoor sleep lowers the pain threshold.\n",
                ArticleFormat.TEXT);
        assertThat(article.blocks()).containsExactly(
                new ArticleBlock.Paragraph("Intro paragraph with enough words to be body text here."),
                new ArticleBlock.Heading("Causes"), new ArticleBlock.Paragraph("Stress can tighten the muscles."),
                new ArticleBlock.Paragraph("Poor sleep lowers the pain threshold."));
    }

    @Test
    void shortMenuAboveATitle_withoutATitleAfterIt_isKept() {
        var article = CLEANER.clean("Rest\nIce\nStretch\n\nThree simple things help most people with a sore back "
                + "within a week or two.", ArticleFormat.TEXT);
        assertThat(PlainTextWriter.write(article)).contains("Ice").contains("Stretch");
    }
}
