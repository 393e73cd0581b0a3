package org.headback.ui.reader;

/**
 * A request to bring one block of the open article into view. Each request is a new object, so asking twice for
 * the same heading scrolls twice.
 */
public final class Jump {
    private final int blockIndex;

    Jump(int blockIndex) {
        this.blockIndex = blockIndex;
    }

    public int blockIndex() {
        return blockIndex;
    }
}
