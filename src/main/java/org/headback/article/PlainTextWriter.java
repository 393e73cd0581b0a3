package org.headback.article;

import java.util.ArrayList;

/** Writes a cleaned article as plain text: "# Title", then its blocks, one blank line between blocks. */
public final class PlainTextWriter {

    private PlainTextWriter() {
    }

    public static String write(CleanedArticle article) {
        var chunks = new ArrayList<String>();
        chunks.add("# " + article.title());
        for (var block : article.blocks()) {
            chunks.add(write(block));
        }
        return String.join("\n\n", chunks) + "\n";
    }

    private static String write(ArticleBlock block) {
        if (block instanceof ArticleBlock.Heading heading) {
            return "# " + heading.text();
        }
        if (block instanceof ArticleBlock.ItemList list) {
            return "- " + String.join("\n- ", list.items());
        }
        return block.plainText();
    }
}
