package org.headback.article;

/**
 * One place where the search words occur.
 *
 * @param blockIndex the block of the article's body
 * @param itemIndex  the list item within that block, or -1 when the block is not a list
 * @param start      first character of the match within the block's (or item's) text
 * @param end        one past its last character
 * @param snippet    the words around the match, for a list of hits
 */
public record SearchHit(String articleId, String articleTitle, int blockIndex, int itemIndex, int start, int end,
                        String snippet) {
}
