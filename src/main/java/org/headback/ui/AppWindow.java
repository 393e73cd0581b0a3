package org.headback.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.headback.article.Library;
import org.headback.storage.SettingsStore;
import org.headback.ui.reader.ArticleView;
import org.headback.ui.reader.LibraryView;
import org.headback.ui.reader.OutlineView;
import org.headback.ui.reader.ReaderViewModel;

/** The composition root of the window: makes the view-models and views, wires them, and shows the stage. */
public final class AppWindow {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 820;
    private static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256};

    private final MainViewModel main;
    private final ReaderViewModel reader;
    private final MainWindow window;
    private final Stage stage;

    private AppWindow(Stage stage, MainViewModel main, ReaderViewModel reader, MainWindow window) {
        this.stage = stage;
        this.main = main;
        this.reader = reader;
        this.window = window;
    }

    /** Builds the window on the stage, shows it, then loads the library in the background. */
    public static AppWindow show(Stage stage, UiSettings settings, SettingsStore store, TaskRunner runner,
                                 Callable<Library> libraryOpener) {
        var main = new MainViewModel(settings, store, runner);
        var reader = new ReaderViewModel(runner);
        var loader = new FXMLLoader(AppWindow.class.getResource("MainWindow.fxml"));
        loader.setControllerFactory(type -> controller(type, main, reader, runner));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The window's layout could not be loaded", e);
        }
        var app = new AppWindow(stage, main, reader, loader.getController());
        app.showOn(new Scene(root), settings);
        reader.load(libraryOpener, settings.article());
        return app;
    }

    private static Object controller(Class<?> type, MainViewModel main, ReaderViewModel reader, TaskRunner runner) {
        if (type == MainWindow.class) {
            return new MainWindow(main, reader, runner);
        }
        if (type == LibraryView.class) {
            return new LibraryView(reader);
        }
        if (type == ArticleView.class) {
            return new ArticleView(reader);
        }
        if (type == OutlineView.class) {
            return new OutlineView(reader);
        }
        throw new IllegalArgumentException("No controller for " + type.getName());
    }

    private void showOn(Scene scene, UiSettings settings) {
        Application.setUserAgentStylesheet(main.themeProperty().get().userAgentStylesheet());
        main.themeProperty().addListener((observable, old, theme) ->
                Application.setUserAgentStylesheet(theme.userAgentStylesheet()));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onZoomKey);
        stage.setScene(scene);
        stage.titleProperty().bind(reader.windowTitleProperty());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        addIcons();
        placeWindow(settings);
        stage.setOnHiding(event -> rememberWindow());
        stage.show();
        window.restoreDividers(settings);
        window.focusLibrary();
    }

    /** Ctrl+= and the keypad's plus and minus, beside the menu's Ctrl+Plus and Ctrl+Minus. */
    private void onZoomKey(KeyEvent event) {
        if (!event.isShortcutDown()) {
            return;
        }
        var code = event.getCode();
        if (code == KeyCode.EQUALS || code == KeyCode.ADD) {
            main.largerText();
            event.consume();
        } else if (code == KeyCode.SUBTRACT) {
            main.smallerText();
            event.consume();
        }
    }

    private void addIcons() {
        for (int size : ICON_SIZES) {
            var url = AppWindow.class.getResource("icons/headback-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm()));
            }
        }
    }

    private void placeWindow(UiSettings settings) {
        var bounds = settings.bounds().filter(AppWindow::isOnScreen);
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

    private static boolean isOnScreen(UiSettings.WindowBounds b) {
        return !Screen.getScreensForRectangle(b.x(), b.y(), Math.min(b.width(), 100), Math.min(b.height(), 60))
                .isEmpty();
    }

    private void rememberWindow() {
        var bounds = stage.isMaximized() ? main.settings().bounds()
                : Optional.of(new UiSettings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                        stage.getHeight()));
        var dividers = window.dividers();
        var open = Optional.ofNullable(reader.selectedProperty().get()).map(article -> article.id());
        main.windowClosing(bounds, stage.isMaximized(), dividers[0], dividers[1], open);
    }

    public MainViewModel mainViewModel() {
        return main;
    }

    public ReaderViewModel readerViewModel() {
        return Objects.requireNonNull(reader);
    }

    public MainWindow mainWindow() {
        return window;
    }
}
