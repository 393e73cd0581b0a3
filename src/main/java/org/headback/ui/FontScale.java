package org.headback.ui;

import java.util.List;

/** The text sizes the user steps through with Ctrl+Plus and Ctrl+Minus; each has a style class in the stylesheet. */
public final class FontScale {
    /** Pixel sizes; the stylesheet has a {@code font-step-N} class for each index. */
    public static final List<Integer> SIZES = List.of(11, 12, 13, 14, 15, 16, 18, 20, 22, 24, 28);
    public static final int DEFAULT_STEP = 3;

    private FontScale() {
    }

    public static int clamp(int step) {
        return Math.max(0, Math.min(SIZES.size() - 1, step));
    }

    public static String styleClass(int step) {
        return "font-step-" + clamp(step);
    }

    public static int pixels(int step) {
        return SIZES.get(clamp(step));
    }
}
