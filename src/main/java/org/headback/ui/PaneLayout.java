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
 */
final class PaneLayout {
    /** Room for the split pane's divider between the library and the article. */
    private static final double DIVIDER = 4;

    private final SplitPane mainSplit;
    private final SplitPane readerSplit;
    private final Region right;
    private final Region library;
    private final Region article;
    private final ReadOnlyBooleanWrapper libraryFolded = new ReadOnlyBooleanWrapper(this, "libraryFolded");
    /** The library's width when it was last folded away, to give it back. */
    private double libraryWidth = -1;
    private boolean started;
    /** While the panes are being changed here: the changes they cause are not to be answered. */
    private boolean adjusting;
    private boolean fitPending;

    PaneLayout(SplitPane mainSplit, SplitPane readerSplit, Region library, Region article, Region right) {
        this.mainSplit = Objects.requireNonNull(mainSplit, "mainSplit");
        this.readerSplit = Objects.requireNonNull(readerSplit, "readerSplit");
        this.right = Objects.requireNonNull(right, "right");
        this.library = Objects.requireNonNull(library, "library");
        this.article = Objects.requireNonNull(article, "article");
        SplitPane.setResizableWithParent(library, false);
        readerSplit.widthProperty().addListener((observable, old, width) -> fitLater());
        // The width the user gave the library, not one the article's minimum pushed it down to.
        library.widthProperty().addListener((observable, old, width) -> {
            if (started && !adjusting && !libraryFolded.get() && width.doubleValue() > 0
                    && article.getWidth() > articleMinimum() + 1) {
                libraryWidth = width.doubleValue();
            }
        });
        // Larger text makes the panes' minimum widths larger.
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
     * Folds the library away when not even its minimum fits beside the article's, and gives it back when the width
     * it had fits again.
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
        // The split pane places its dividers anew when its items change; the library's is put back after that.
        double position = width > 0 ? given / width : 0.28;
        readerSplit.setDividerPosition(0, position);
        Platform.runLater(() -> readerSplit.setDividerPosition(0, position));
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
