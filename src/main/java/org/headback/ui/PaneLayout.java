package org.headback.ui;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * Keeps the window's panes usable at every window size. Each pane has a minimum width (in its style sheet, in ems,
 * so it grows with the text); the library keeps the width it was given when the window is resized, and the article
 * takes what changes. When the article would be pushed below its minimum, the library is
 * folded away instead of crushing it, and comes back, as wide as it was, when there is room again.
 *
 * <p>The library's width is remembered only when the user moved its divider: once a layout pass is over, when the
 * library's width changed but the reader's did not (no window resize or main divider drag), nothing here was placing
 * the library, and the article is wider than its minimum. In the middle of a pass the split pane has sized the library
 * but not yet the article (whose width is still that of the pass before), and a library given back narrower for want
 * of room, or squeezed beside an article at its minimum, is not a width anyone chose; it is widened to the width it
 * had as the room comes back.
 */
final class PaneLayout {
    /** Room for the split pane's divider between the library and the article. */
    private static final double DIVIDER = 4;
    /** How many layout passes a library given back may take to reach its width, the split pane placing it anew. */
    private static final int PLACING_PASSES = 4;

    private final SplitPane mainSplit;
    private final SplitPane readerSplit;
    private final Region right;
    private final Region library;
    private final Region article;
    private final ReadOnlyBooleanWrapper libraryFolded = new ReadOnlyBooleanWrapper(this, "libraryFolded");
    /** The library's width when it was last folded away, to give it back. */
    private double libraryWidth = -1;
    private boolean started;
    private final Runnable afterLayout = this::afterLayout;
    /** While the panes are being changed here: the changes they cause are not to be answered. */
    private boolean adjusting;
    private boolean fitPending;
    /** The width the library is being given back at, until a layout pass has given it; negative when none is. */
    private double placing = -1;
    private int placingPasses;
    /** The reader's and the library's widths at the end of the last layout pass. */
    private double readerWidthBefore = -1;
    private double libraryWidthBefore = -1;

    PaneLayout(SplitPane mainSplit, SplitPane readerSplit, Region library, Region article, Region right) {
        this.mainSplit = Objects.requireNonNull(mainSplit, "mainSplit");
        this.readerSplit = Objects.requireNonNull(readerSplit, "readerSplit");
        this.right = Objects.requireNonNull(right, "right");
        this.library = Objects.requireNonNull(library, "library");
        this.article = Objects.requireNonNull(article, "article");
        SplitPane.setResizableWithParent(library, false);
        readerSplit.sceneProperty().addListener((observable, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(afterLayout);
            }
        });
        if (readerSplit.getScene() != null) {
            readerSplit.getScene().addPostLayoutPulseListener(afterLayout);
        }
        // Larger text makes the panes' minimum widths larger.
        article.minWidthProperty().addListener((observable, old, width) -> fitLater());
        library.minWidthProperty().addListener((observable, old, width) -> fitLater());
        mainSplit.getStyleClass().add("pane-layout");
    }

    /** Whether the library is folded away for want of room. */
    ReadOnlyBooleanProperty libraryFoldedProperty() {
        return libraryFolded.getReadOnlyProperty();
    }

    /**
     * Puts the library's divider where the user left it and starts keeping the panes usable, once the window is shown
     * at its size: it is laid out at other sizes before, and the library keeps the width it had then.
     */
    void start(double readerDivider) {
        readerSplit.setDividerPosition(0, readerDivider);
        Platform.runLater(() -> {
            readerSplit.setDividerPosition(0, readerDivider);
            libraryWidth = readerDivider * readerSplit.getWidth();
            started = true;
            fit();
        });
    }

    /**
     * After each layout pass, when the panes are at their sizes: when the reader's width changed, the panes are fitted
     * to it; otherwise a library being given back is moved on to its width if the pass did not give it, or else a
     * width the user gave the library by moving its divider is remembered.
     */
    private void afterLayout() {
        double reader = readerSplit.getWidth();
        boolean steady = reader == readerWidthBefore;
        boolean libraryMoved = library.getWidth() != libraryWidthBefore;
        readerWidthBefore = reader;
        libraryWidthBefore = library.getWidth();
        if (!steady) {
            // The window or the main divider moved: the panes are fitted to the new width, and what this pass gave
            // the library is not remembered.
            fit();
            return;
        }
        if (!started || adjusting || libraryFolded.get() || library.getWidth() <= 0) {
            return;
        }
        if (placing >= 0) {
            place();
        } else if (libraryMoved && article.getWidth() > articleMinimum() + 1) {
            libraryWidth = library.getWidth();
        }
    }

    /** Moves the divider by what the library still lacks of its width, for a few passes at most. */
    private void place() {
        double lacking = placing - library.getWidth();
        double width = readerSplit.getWidth();
        if (Math.abs(lacking) <= 1 || placingPasses >= PLACING_PASSES || width <= 0) {
            placing = -1;
            return;
        }
        placingPasses++;
        readerSplit.setDividerPosition(0, readerSplit.getDividerPositions()[0] + lacking / width);
    }

    /** Widths change during a layout pass, while the panes must stay as they are: they are changed after it. */
    private void fitLater() {
        if (!fitPending) {
            fitPending = true;
            Platform.runLater(() -> {
                fitPending = false;
                fit();
            });
        }
    }

    /**
     * Folds the library away when not even its minimum fits beside the article's, gives it back when the width it had
     * fits again, and widens a squeezed library as far as the room allows, up to the width it had.
     */
    private void fit() {
        double width = readerSplit.getWidth();
        if (!started || adjusting || width <= 0) {
            return;
        }
        if (libraryFolded.get()) {
            if (width >= wantedLibraryWidth() + articleMinimum() + DIVIDER) {
                unfold(width);
            }
            return;
        }
        if (width < library.minWidth(-1) + articleMinimum() + DIVIDER) {
            adjusting = true;
            try {
                libraryFolded.set(true);
                readerSplit.getItems().remove(library);
            } finally {
                adjusting = false;
            }
            return;
        }
        double room = Math.min(wantedLibraryWidth(), width - articleMinimum() - DIVIDER);
        if (placing < 0 && room > library.getWidth() + 1) {
            placeAt(room, width);
        }
    }

    /**
     * Gives the library back now, as the user asked for it: the right side gives up room for it down to its own
     * minimum; the library is as wide as it was if there is room, and never narrower than its minimum.
     */
    void showLibrary() {
        if (!libraryFolded.get()) {
            return;
        }
        double reader = readerSplit.getWidth();
        double needed = library.minWidth(-1) + articleMinimum() + DIVIDER;
        double total = mainSplit.getWidth();
        if (reader < needed && total > 0) {
            reader = Math.min(needed, total - right.minWidth(-1) - DIVIDER);
            mainSplit.setDividerPosition(0, reader / total);
        }
        unfold(reader);
    }

    private void unfold(double width) {
        double room = width - articleMinimum() - DIVIDER;
        double given = Math.max(library.minWidth(-1), Math.min(wantedLibraryWidth(), room));
        adjusting = true;
        try {
            readerSplit.getItems().add(0, library);
            libraryFolded.set(false);
        } finally {
            adjusting = false;
        }
        // The split pane places its dividers anew when its items change, in the next layout pass: the library's
        // width is checked, and the divider moved to it, after each pass until it has it (afterLayout).
        placeAt(given, width);
    }

    private void placeAt(double libraryWidth, double readerWidth) {
        readerSplit.setDividerPosition(0, readerWidth > 0 ? libraryWidth / readerWidth : 0.28);
        placing = libraryWidth;
        placingPasses = 0;
    }

    /** The library's share of the reader's width, for remembering it: as it was, while it is folded away. */
    double readerDivider() {
        double width = readerSplit.getWidth();
        if (!libraryFolded.get()) {
            return readerSplit.getDividerPositions()[0];
        }
        return width > 0 ? Math.min(0.5, wantedLibraryWidth() / (width + wantedLibraryWidth())) : 0.28;
    }

    private double wantedLibraryWidth() {
        return Math.max(libraryWidth, library.minWidth(-1));
    }

    private double articleMinimum() {
        return article.minWidth(-1);
    }
}
