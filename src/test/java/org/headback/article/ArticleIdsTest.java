package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {
    @Test
    void slug_lowercasesAndJoinsWordsWithHyphens() {
        assertThat(ArticleIds.slug("Can Lower Back Pain Cause a Headache?"))
                .isEqualTo("can-lower-back-pain-cause-a-headache");
    }

    @Test
    void slug_dropsAccents_andFallsBackForSymbolsOnly() {
        assertThat(ArticleIds.slug("Névralgie d’Arnold")).isEqualTo("nevralgie-d-arnold");
        assertThat(ArticleIds.slug("???")).isEqualTo("article");
    }

    @Test
    void slug_longTitle_isCutAtAWordBoundary() {
        var slug = ArticleIds.slug("Understanding What Causes Headaches And Finding Treatments To Relieve The Pain");
        assertThat(slug).hasSizeLessThanOrEqualTo(ArticleIds.MAX_LENGTH).doesNotEndWith("-");
        assertThat(slug).isEqualTo("understanding-what-causes-headaches-and-finding-treatments");
    }

    @Test
    void unique_addsANumberWhenTaken() {
        assertThat(ArticleIds.unique("Notes", Set.of("notes", "notes-2"))).isEqualTo("notes-3");
    }
}
