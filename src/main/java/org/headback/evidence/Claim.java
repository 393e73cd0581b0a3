package org.headback.evidence;

/**
 * Where an article gives a figure that the evidence view shows: a run of text in one of its blocks.
 *
 * @param articleId  the article
 * @param rowId      the published figure ({@link EvidenceRow#id()})
 * @param blockIndex the block of the article's body
 * @param itemIndex  the list item within that block, or -1 when the block is not a list
 * @param start      first character of the passage within the block's (or item's) text
 * @param end        one past its last character
 */
public record Claim(String articleId, String rowId, int blockIndex, int itemIndex, int start, int end) {
}
