package org.headback.ui.reader;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Orientation;
import javafx.scene.layout.Region;

/**
 * Centres one block of the article in a column no wider than its content's CSS max width (a comfortable line
 * length), and reports the height the block takes at that width: a list cell asks its content for its height
 * without saying how wide it will be, so the width to wrap at is given here as a property.
 */
final class ReadingColumn extends Region {
    private final Region content;
    private final DoubleProperty availableWidth = new SimpleDoubleProperty(this, "availableWidth", 600);

    ReadingColumn(Region content) {
        this.content = content;
        getStyleClass().add("reading-column");
        getChildren().add(content);
        availableWidth.addListener((observable, old, width) -> requestLayout());
    }

    DoubleProperty availableWidthProperty() {
        return availableWidth;
    }

    private double columnWidth() {
        double room = availableWidth.get() - snappedLeftInset() - snappedRightInset();
        return Math.max(0, Math.min(room, content.maxWidth(-1)));
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return availableWidth.get();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + content.prefHeight(columnWidth()) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double width = columnWidth();
        double x = Math.max(snappedLeftInset(), (getWidth() - width) / 2);
        content.resizeRelocate(snapPositionX(x), snappedTopInset(), width, content.prefHeight(width));
    }
}
