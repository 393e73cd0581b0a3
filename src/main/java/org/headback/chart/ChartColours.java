package org.headback.chart;

import java.awt.Color;
import java.util.Objects;

/**
 * The colours of a chart's ground and ink: its background, text, gridlines and the grey of published figures. The
 * window draws its charts in the colours of its theme; exported images and the report are always {@link #LIGHT}.
 * The colours of the series themselves (back pain, headache, both) are the same in both.
 */
public record ChartColours(Color background, Color text, Color grid, Color published) {
    public static final ChartColours LIGHT = new ChartColours(Color.WHITE, Palette.TEXT, Palette.GRID,
            Palette.PUBLISHED);
    /** Close to the window's dark theme: its background, its text, its borders. */
    public static final ChartColours DARK = new ChartColours(new Color(0x0D, 0x11, 0x17),
            new Color(0xE6, 0xED, 0xF3), new Color(0x30, 0x36, 0x3D), new Color(0xB1, 0xBA, 0xC4));

    public ChartColours {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(published, "published");
    }
}
