package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headback.article.TextStructureTest.BODY_ONE;
import static org.headback.article.TextStructureTest.BODY_TWO;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    @Test
    void pageStructure_becomesTitleHeadingsParagraphsAndLists() {
        var article = Articles.html("<html><head><title>Ignored | Site</title><script>var x = 1;</script></head>"
            + "<body><nav><a href='/'>Home</a></nav><header><p>Site header</p></header>"
            + "<h1>Back Pain</h1><p>" + BODY_ONE + "</p><h2>Causes</h2><p>" + BODY_TWO + "</p>"
            + "<ul><li>Heat</li><li>Rest <b>often</b></li></ul><ol><li>One</li></ol><h3>Deeper</h3><p>Text "
            + "that closes <em>the</em> page.</p><aside>Sidebar</aside><footer>Copyright</footer></body></html>");
        assertThat(article.title()).isEqualTo("Back Pain");
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE),
            new ArticleBlock.Heading(2, "Causes"), new ArticleBlock.Paragraph(BODY_TWO),
            new ArticleBlock.ItemList(List.of("Heat", "Rest often")),
            new ArticleBlock.ItemList(List.of("One"), true), new ArticleBlock.Heading(3, "Deeper"),
            new ArticleBlock.Paragraph("Text that closes the page."));
    }

    @Test
    void pageWithoutH1_takesTheTitleElementWithoutTheSiteName() {
        var article = Articles.html("<title>Can Back Pain Cause Migraines | Spine Clinic</title><p>" + BODY_ONE);
        assertThat(article.title()).isEqualTo("Can Back Pain Cause Migraines");
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE));
    }

    @Test
    void looseTextAndLineBreaks_becomeParagraphs() {
        var article = Articles.html("<h1>T</h1><div>" + BODY_ONE + "<br><br>" + BODY_TWO + "</div>");
        assertThat(Articles.paragraphs(article)).containsExactly(BODY_ONE, BODY_TWO);
    }

    @Test
    void sourceLineBreaks_doNotSplitParagraphs() {
        var article = Articles.html("<h1>T</h1><p>Back pain is common\n   and usually\n gets better.</p>");
        assertThat(Articles.paragraphs(article)).containsExactly("Back pain is common and usually gets better.");
    }

    @Test
    void entitiesMojibakeAndNoBreakSpaces_areRepaired() {
        var article = Articles.html("<h1>T</h1><p>It&rsquo;s fine&nbsp;now, itâ€™s TNF-\\(\\alpha\\) &amp; more.</p>");
        assertThat(Articles.paragraphs(article)).containsExactly("It’s fine now, it’s TNF-α & more.");
    }

    @Test
    void theArticleElement_isPreferredToThePageAroundIt() {
        var article = Articles.html("<body><div class='promo'>Subscribe</div><article><header><h1>Neck Pain</h1>"
            + "<p>June 16, 2022</p></header><p>" + BODY_ONE + "</p></article></body>");
        assertThat(article.title()).isEqualTo("Neck Pain");
        assertThat(article.published()).contains(LocalDate.of(2022, 6, 16));
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE));
    }

    @Test
    void nestedLists_areFlattenedInReadingOrder() {
        var article = Articles.html("<h1>T</h1><p>" + BODY_ONE + "</p><ul><li>Outer<ul><li>Inner</li></ul></li>"
            + "<li>Last</li></ul>");
        assertThat(Articles.lists(article))
            .containsExactly(new ArticleBlock.ItemList(List.of("Outer", "Inner", "Last")));
    }

    @Test
    void relatedLinksAfterTheArticle_areRemoved() {
        var article = Articles.html("<h1>T</h1><p>" + BODY_ONE + "</p><h3>Related Articles</h3>"
            + "<h4><a href='/a'>Five Stretches for a Stiff Neck</a></h4>"
            + "<h4><a href='/b'>Coffee and Migraines</a></h4>");
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE));
    }

    @Test
    void siteChromeAboveTheTitle_goes_andTheDateBelowItIsTaken() {
        var article = Articles.html("<body><div><a href='/'>Example Health</a><ul><li>Conditions</li>"
            + "<li>About</li></ul></div><div>Home &raquo; Conditions &raquo; Neck Pain</div><h1>Neck Pain</h1>"
            + "<span>March 3, 2021</span><div class='entry'><p>" + BODY_ONE + "</p><p>Call your doctor if symptoms "
            + "persist. To book an appointment with our clinic, call 0800 123 4567.</p><div>Share this</div></div>"
            + "<div><h3>Related Posts</h3><ul><li><a>Migraine triggers</a></li></ul></div></body>");
        assertThat(article.title()).isEqualTo("Neck Pain");
        assertThat(article.published()).contains(LocalDate.of(2021, 3, 3));
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE),
            new ArticleBlock.Paragraph("Call your doctor if symptoms persist."));
    }

    @Test
    void realParagraphAboveTheTitle_keepsEverything() {
        var article = Articles.html("<body><p>" + BODY_TWO + "</p><p>At a glance</p><h1>Neck Pain</h1><p>" + BODY_ONE
            + "</p></body>");
        assertThat(article.title()).isEqualTo("Neck Pain");
        assertThat(Articles.paragraphs(article)).containsExactly(BODY_TWO, "At a glance", BODY_ONE);
    }
}
