package org.headback.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window opens and how large: where it was last time when that is still on a screen, else centred at the
 * default size; and what of its place is remembered when it closes.
 */
final class WindowPlacement {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 820;
    private static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256};

    private WindowPlacement() {
    }

    /** Sizes and places the stage as the settings remember it, with its minimum size. */
    static void place(Stage stage, UiSettings settings) {
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        var bounds = settings.bounds().filter(WindowPlacement::isOnScreen);
        var screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(screen.getWidth(), bounds.map(UiSettings.WindowBounds::width).orElse(DEFAULT_WIDTH)));
        stage.setHeight(Math.min(screen.getHeight(),
                bounds.map(UiSettings.WindowBounds::height).orElse(DEFAULT_HEIGHT)));
        bounds.ifPresentOrElse(b -> {
            stage.setX(b.x());
            stage.setY(b.y());
        }, stage::centerOnScreen);
        stage.setMaximized(settings.maximized());
    }

    /** The place to remember as the window closes: a maximized window keeps the place it had before. */
    static Optional<UiSettings.WindowBounds> toRemember(Stage stage, UiSettings before) {
        return stage.isMaximized() ? before.bounds()
                : Optional.of(new UiSettings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                        stage.getHeight()));
    }

    /** Gives the window the app's icons, read off the JavaFX thread (they are not part of the first frame). */
    static void addIcons(Stage stage) {
        CompletableFuture.supplyAsync(WindowPlacement::icons)
                .thenAccept(icons -> Platform.runLater(() -> stage.getIcons().setAll(icons)));
    }

    private static List<Image> icons() {
        var icons = new ArrayList<Image>();
        for (int size : ICON_SIZES) {
            var url = WindowPlacement.class.getResource("icons/headback-" + size + ".png");
            if (url != null) {
                icons.add(new Image(url.toExternalForm()));
            }
        }
        return icons;
    }

    private static boolean isOnScreen(UiSettings.WindowBounds b) {
        return !Screen.getScreensForRectangle(b.x(), b.y(), Math.min(b.width(), 100), Math.min(b.height(), 60))
                .isEmpty();
    }
}
