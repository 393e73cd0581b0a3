package org.headback.article;

import java.util.ArrayList;
import java.util.List;

/** Small helpers for looking into cleaned articles in tests. */
final class Articles {

    private Articles() {
    }

    static CleanedArticle text(String raw) {
        return new ArticleCleaner().clean(raw, ArticleFormat.TEXT);
    }

    static CleanedArticle markdown(String raw) {
        return new ArticleCleaner().clean(raw, ArticleFormat.MARKDOWN);
    }

    static CleanedArticle html(String raw) {
        return new ArticleCleaner().clean(raw, ArticleFormat.HTML);
    }

    /** The title and every block's text, one per line. */
    static String allText(CleanedArticle article) {
        var texts = new ArrayList<String>();
        texts.add(article.title());
        article.blocks().forEach(block -> texts.add(block.plainText()));
        return String.join("\n", texts);
    }

    static List<String> headings(CleanedArticle article) {
        return article.blocks().stream().filter(ArticleBlock.Heading.class::isInstance)
            .map(ArticleBlock::plainText).toList();
    }

    static List<String> paragraphs(CleanedArticle article) {
        return article.blocks().stream().filter(ArticleBlock.Paragraph.class::isInstance)
            .map(ArticleBlock::plainText).toList();
    }

    static List<ArticleBlock.ItemList> lists(CleanedArticle article) {
        return article.blocks().stream().filter(ArticleBlock.ItemList.class::isInstance)
            .map(ArticleBlock.ItemList.class::cast).toList();
    }
}
