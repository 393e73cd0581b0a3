package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headback.article.SeedArticlesTest.cleanSeed;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What each seed article must come out as. */
class SeedExpectationsTest {

    @Test
    void seed000_keepsItsSections_andDropsTheTrailingLinkTitles() throws IOException {
        var article = cleanSeed("000");
        assertThat(article.title()).isEqualTo("Can Lower Back Pain Cause Migraines?");
        assertThat(Articles.headings(article)).containsExactly("Exploring the Connection",
            "Shared Contributing Factors", "Identifying the Link", "Targeted Management Strategies");
        assertThat(Articles.allText(article)).doesNotContain("Actinic Keratosis", "Can Taking Lisinopril",
            "Nocturnal Hypoxemia");
        assertThat(article.blocks().get(article.blocks().size() - 1).plainText()).startsWith("Ergonomic adjustments");
    }

    @Test
    void seed001_losesTheSalesPitch_andItsSetUp_butKeepsTheAdvice() throws IOException {
        var article = cleanSeed("001");
        assertThat(article.title()).isEqualTo("How Can Migraines Cause Back Pain in Los Angeles, CA");
        var text = Articles.allText(article);
        assertThat(text).doesNotContain("310-828-7757", "schedule an appointment", "Reach out to",
            "you may require surgery");
        var paragraphs = Articles.paragraphs(article);
        assertThat(paragraphs.get(paragraphs.size() - 1)).startsWith("You may not see the importance of visiting")
            .endsWith("not just the symptoms.");
    }

    @Test
    void seed001_paragraphsSeparatedByOneLineBreak_stayTwoParagraphs() throws IOException {
        var paragraphs = Articles.paragraphs(cleanSeed("001"));
        assertThat(paragraphs).anyMatch(p -> p.startsWith("Back pain that includes migraines")
            && p.endsWith("after a lumbar puncture is performed."));
        assertThat(paragraphs).anyMatch(p -> p.startsWith("You may not see the importance"));
    }

    @Test
    void seed002_convertsLatex_andMakesTheWarningSignsAList() throws IOException {
        var article = cleanSeed("002");
        assertThat(article.title()).isEqualTo("Can Lower Back Pain Cause a Headache?");
        assertThat(Articles.allText(article)).contains("Tumor Necrosis Factor-alpha (TNF-α)");
        var blocks = article.blocks();
        int heading = blocks.indexOf(new ArticleBlock.Heading("Urgent Warning Signs"));
        assertThat(heading).isNotNegative();
        assertThat(blocks.get(heading + 1)).isInstanceOfSatisfying(ArticleBlock.ItemList.class, list -> {
            assertThat(list.items()).hasSize(7);
            assertThat(list.items().get(0)).startsWith("Sudden loss of bowel or bladder control");
            assertThat(list.items().get(6)).isEqualTo("New onset of severe pain in someone with a history of cancer.");
        });
    }

    @Test
    void seed003_bulletsBecomeOneList_andTheEndingGoes() throws IOException {
        var article = cleanSeed("003");
        assertThat(article.title()).isEqualTo("Can Lower Back Pain Trigger Migraine Episodes?");
        var lists = Articles.lists(article);
        assertThat(lists).hasSize(1);
        assertThat(lists.get(0).items()).hasSize(5).first().isEqualTo("Visiting an upper cervical chiropractor "
            + "for migraines");
        assertThat(Articles.allText(article)).doesNotContain("Find An Upper Cervical Doctor",
            "Find an Upper Cervical Specialist", "to schedule a consultation today");
        assertThat(article.blocks().get(article.blocks().size() - 1).plainText())
            .startsWith("If you’re having a hard time with migraines");
    }

    @Test
    void seed004_takesTheDate_andDropsTheBreadcrumb() throws IOException {
        var article = cleanSeed("004");
        assertThat(article.title()).isEqualTo("Can Back Pain Cause Migraines");
        assertThat(article.published()).contains(LocalDate.of(2022, 6, 16));
        assertThat(Articles.allText(article)).doesNotContain("Thursday", "HomeMust", "Popular Articles");
        assertThat(article.blocks().get(0))
            .isEqualTo(new ArticleBlock.Heading("Are There Different Types Of Back Pain"));
    }

    @Test
    void seed004_dropsStrayLinkTitles_keepingTheRealHeadings() throws IOException {
        var article = cleanSeed("004");
        var text = Articles.allText(article);
        assertThat(text).doesNotContain("Try These 9 Simple Headache Hacks", "Migraine Awareness Month",
            "Brad Klein", "Options for Treatment", "Reducing Stress", "Learn more about");
        assertThat(Articles.headings(article)).contains("How Is Spinal Pain Diagnosed",
            "Chronic Headache And Low Back Pain", "Why Does The Back Of My Head Hurt",
            "Can Arthritis Of The Spine Trigger A Migraine").doesNotContain("Cervicogenic Headaches");
    }

    @Test
    void seed004_repairsTruncatedApostrophes() throws IOException {
        var text = Articles.allText(cleanSeed("004"));
        assertThat(text).contains("you’d probably", "Usually it’s a dull pain", "doesn’t throb",
            "A tension headache isn’t a sign").doesNotContain("â");
    }

    @Test
    void seed004_keepsTheAdviceNextToTheRemovedCallToAction() throws IOException {
        var paragraphs = Articles.paragraphs(cleanSeed("004"));
        assertThat(paragraphs).contains("Start your journey to a healthy spine.");
        assertThat(String.join("\n", paragraphs)).doesNotContain("9685201");
    }
}
