package org.headback.ui.reader;

/**
 * A request to bring one block of the open article into view. Each request is a new object, so asking twice for
 * the same heading scrolls twice.
 */
public final class Jump {
    private final int blockIndex;
    private final boolean withContext;

    Jump(int blockIndex) {
        this(blockIndex, false);
    }

    /** @param withContext keep some of the text before the block in view (for a passage inside it) */
    Jump(int blockIndex, boolean withContext) {
        this.blockIndex = blockIndex;
        this.withContext = withContext;
    }

    public int blockIndex() {
        return blockIndex;
    }

    public boolean withContext() {
        return withContext;
    }
}
