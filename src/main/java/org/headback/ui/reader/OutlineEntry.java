package org.headback.ui.reader;

/** One heading of the open article, for the outline: where it is and what it says. */
public record OutlineEntry(int blockIndex, int level, String text) {
    @Override
    public String toString() {
        return text;
    }
}
