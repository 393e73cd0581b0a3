package org.headback.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the window remembers between runs. Read from and written to the settings store as text; a value that
 * cannot be read is ignored and its default used.
 */
public record UiSettings(int fontStep, Theme theme, Optional<WindowBounds> bounds, boolean maximized,
                         OptionalDouble mainDivider, OptionalDouble readerDivider, Optional<String> article) {

    /** A window's place and size on the screen. */
    public record WindowBounds(double x, double y, double width, double height) {
    }

    static final String FONT_STEP = "ui.fontStep";
    static final String THEME = "ui.theme";
    static final String BOUNDS = "ui.window.bounds";
    static final String MAXIMIZED = "ui.window.maximized";
    static final String MAIN_DIVIDER = "ui.divider.main";
    static final String READER_DIVIDER = "ui.divider.reader";
    static final String ARTICLE = "reader.article";

    public static UiSettings defaults() {
        return new UiSettings(FontScale.DEFAULT_STEP, Theme.LIGHT, Optional.empty(), false,
                OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty());
    }

    public static UiSettings fromMap(Map<String, String> values) {
        var defaults = defaults();
        return new UiSettings(
                FontScale.clamp(integer(values.get(FONT_STEP)).orElse(defaults.fontStep())),
                theme(values.get(THEME)).orElse(defaults.theme()),
                bounds(values.get(BOUNDS)),
                Boolean.parseBoolean(values.get(MAXIMIZED)),
                fraction(values.get(MAIN_DIVIDER)),
                fraction(values.get(READER_DIVIDER)),
                Optional.ofNullable(values.get(ARTICLE)).filter(id -> !id.isBlank()));
    }

    public Map<String, String> toMap() {
        var values = new HashMap<String, String>();
        values.put(FONT_STEP, Integer.toString(fontStep));
        values.put(THEME, theme.name());
        values.put(MAXIMIZED, Boolean.toString(maximized));
        bounds.ifPresent(b -> values.put(BOUNDS, b.x() + "," + b.y() + "," + b.width() + "," + b.height()));
        mainDivider.ifPresent(d -> values.put(MAIN_DIVIDER, Double.toString(d)));
        readerDivider.ifPresent(d -> values.put(READER_DIVIDER, Double.toString(d)));
        article.ifPresent(id -> values.put(ARTICLE, id));
        return values;
    }

    public UiSettings withFontStep(int step) {
        return new UiSettings(FontScale.clamp(step), theme, bounds, maximized, mainDivider, readerDivider, article);
    }

    public UiSettings withTheme(Theme newTheme) {
        return new UiSettings(fontStep, newTheme, bounds, maximized, mainDivider, readerDivider, article);
    }

    public UiSettings withWindow(Optional<WindowBounds> newBounds, boolean isMaximized, double main, double reader) {
        return new UiSettings(fontStep, theme, newBounds, isMaximized, OptionalDouble.of(main),
                OptionalDouble.of(reader), article);
    }

    /** The article open as the window closed, to open again next time. */
    public UiSettings withArticle(Optional<String> articleId) {
        return new UiSettings(fontStep, theme, bounds, maximized, mainDivider, readerDivider, articleId);
    }

    private static Optional<Integer> integer(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Theme> theme(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Theme.valueOf(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static OptionalDouble fraction(String text) {
        try {
            double value = text == null ? Double.NaN : Double.parseDouble(text.strip());
            return value > 0.0 && value < 1.0 ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static Optional<WindowBounds> bounds(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var parts = text.split(",");
        try {
            if (parts.length != 4) {
                return Optional.empty();
            }
            var b = new WindowBounds(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]));
            return b.width() >= 200 && b.height() >= 150 ? Optional.of(b) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
