package org.headback.ui;

import org.headback.evidence.Claim;

/**
 * Moving from one part of the window to another, for view-models that lead the user elsewhere; the composition root
 * does it, so that no view-model needs another.
 */
public interface Navigation {
    /**
     * Opens the bundled article that quotes a published figure in the reader, with the passage in view.
     *
     * @param sourceName the seed file the article comes from
     * @param rowId      the figure
     */
    void openPassage(String sourceName, String rowId);

    /** Shows the published figure a marked passage gives, selected, in the evidence view (the Charts tab). */
    void showFigure(Claim passage);
}
