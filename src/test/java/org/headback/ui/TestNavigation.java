package org.headback.ui;

import java.util.ArrayList;
import java.util.List;
import org.headback.evidence.Claim;
import org.headback.ui.reader.ReaderViewModel;

/** The window's moves for view-model tests: a passage opens in the reader given, a figure shown is only recorded. */
public final class TestNavigation implements Navigation {
    private final List<Claim> figuresShown = new ArrayList<>();
    private ReaderViewModel reader;

    /** The reader that opens passages, made after this (it takes this in its constructor). */
    public void openPassagesIn(ReaderViewModel opening) {
        reader = opening;
    }

    @Override
    public void openPassage(String sourceName, String rowId) {
        reader.showClaim(sourceName, rowId);
    }

    @Override
    public void showFigure(Claim passage) {
        figuresShown.add(passage);
    }

    public List<Claim> figuresShown() {
        return figuresShown;
    }
}
