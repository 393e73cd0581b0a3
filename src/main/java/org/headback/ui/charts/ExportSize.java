package org.headback.ui.charts;

/** The image sizes offered for export. */
public enum ExportSize {
    SCREEN(1200, 800, "1200 × 800 (screen)"),
    LARGE_SCREEN(1800, 1200, "1800 × 1200"),
    PRINT(2400, 1600, "2400 × 1600 (print)");

    private final int width;
    private final int height;
    private final String label;

    ExportSize(int width, int height, String label) {
        this.width = width;
        this.height = height;
        this.label = label;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    @Override
    public String toString() {
        return label;
    }
}
