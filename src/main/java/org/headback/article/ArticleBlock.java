package org.headback.article;

import java.util.List;
import java.util.Objects;

/** One piece of an article's body: a heading, a paragraph or a list. */
public sealed interface ArticleBlock permits ArticleBlock.Heading, ArticleBlock.Paragraph, ArticleBlock.ItemList {

    /** The block's words, as read aloud: used for word counts and search. */
    String plainText();

    /** A section heading; level 2 is a section, 3 and deeper are subsections (the title is level 1). */
    record Heading(int level, String text) implements ArticleBlock {
        public Heading {
            Objects.requireNonNull(text, "text");
            if (level < 2 || level > 6) {
                throw new IllegalArgumentException("heading level must be 2 to 6, was " + level);
            }
        }

        public Heading(String text) {
            this(2, text);
        }

        @Override
        public String plainText() {
            return text;
        }
    }

    /** A paragraph of running text. */
    record Paragraph(String text) implements ArticleBlock {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String plainText() {
            return text;
        }
    }

    /** A bulleted (or numbered) list; each item is one line of text. */
    record ItemList(List<String> items, boolean ordered) implements ArticleBlock {
        public ItemList {
            items = List.copyOf(items);
        }

        public ItemList(List<String> items) {
            this(items, false);
        }

        @Override
        public String plainText() {
            return String.join("\n", items);
        }
    }
}
