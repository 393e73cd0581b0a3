package org.headback.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.headback.article.ArticleEntry;
import org.headback.ui.charts.ChartsView;
import org.headback.ui.charts.ChartsViewModel;
import org.headback.ui.diary.CountersView;
import org.headback.ui.diary.DayEditorView;
import org.headback.ui.diary.DiaryDialogs;
import org.headback.ui.diary.DiaryTransferViewModel;
import org.headback.ui.diary.DiaryView;
import org.headback.ui.diary.DiaryViewModel;
import org.headback.ui.evidence.EvidenceView;
import org.headback.ui.evidence.EvidenceViewModel;
import org.headback.ui.reader.ArticleView;
import org.headback.ui.reader.LibraryView;
import org.headback.ui.reader.OutlineView;
import org.headback.ui.reader.ReaderViewModel;

/** The composition root of the window: makes the view-models and views, wires them, and shows the stage. */
public final class AppWindow {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 820;
    static final Duration OUTSIDE_CHANGES_EVERY = Duration.seconds(2);
    private static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256};

    private final MainViewModel main;
    private final ReaderViewModel reader;
    private final DiaryViewModel diary;
    private final MainWindow window;
    private final Stage stage;

    private AppWindow(Stage stage, MainViewModel main, ReaderViewModel reader, DiaryViewModel diary,
                      MainWindow window) {
        this.stage = stage;
        this.main = main;
        this.reader = reader;
        this.diary = diary;
        this.window = window;
    }

    /** Builds the window on the stage, shows it, then loads the library and the diary in the background. */
    public static AppWindow show(Stage stage, UiSettings settings, AppServices services, TaskRunner runner) {
        var main = new MainViewModel(settings, services.settings(), runner);
        var reader = new ReaderViewModel(runner);
        var diary = new DiaryViewModel(services.diary(), runner);
        Runnable reloadAll = () -> {
            reader.load(services.library(), Optional.ofNullable(reader.selectedProperty().get()).map(ArticleEntry::id));
            diary.reload();
        };
        var transfer = new DiaryTransferViewModel(services.diary(), services.backups(), services.outputs(), runner,
                diary, reloadAll);
        var charts = new ChartsViewModel(services.diary(), services.outputs(), services.settings(), runner);
        charts.darkProperty().bind(main.themeProperty().isEqualTo(Theme.DARK));
        var evidence = new EvidenceViewModel(charts.drawnProperty(), reader, runner);
        var models = new Models(main, reader, diary, transfer, charts, evidence, runner);
        var loader = new FXMLLoader(AppWindow.class.getResource("MainWindow.fxml"));
        loader.setControllerFactory(models::controller);
        Parent root = load(loader);
        var app = new AppWindow(stage, main, reader, diary, loader.getController());
        reader.setClaimOpener(claim -> {
            evidence.select(claim.rowId());
            app.window.showEvidence();
        });
        app.showOn(new Scene(root), settings);
        app.watchOutsideChanges(() -> main.lookForOutsideChanges(services.changedElsewhere(), reloadAll,
                diary::say));
        reader.load(services.library(), settings.article());
        diary.start();
        transfer.backUpIfDue();
        return app;
    }

    private static Parent load(FXMLLoader loader) {
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The window's layout could not be loaded: " + loader.getLocation(), e);
        }
    }

    /** The view-models, and the controllers the FXML files ask for, made from them. */
    private record Models(MainViewModel main, ReaderViewModel reader, DiaryViewModel diary,
                          DiaryTransferViewModel transfer, ChartsViewModel charts, EvidenceViewModel evidence,
                          TaskRunner runner) {
        Object controller(Class<?> type) {
            if (type == MainWindow.class) {
                return new MainWindow(main, reader, runner, diary, transfer, charts, this::chartsView);
            }
            if (type == ChartsView.class) {
                return new ChartsView(charts);
            }
            if (type == EvidenceView.class) {
                return new EvidenceView(evidence);
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
            if (type == DiaryView.class) {
                return new DiaryView(diary, this::countersView);
            }
            if (type == DayEditorView.class) {
                return new DayEditorView(diary);
            }
            if (type == CountersView.class) {
                return new CountersView(diary);
            }
            throw new IllegalArgumentException("No controller for " + type.getName());
        }

        Node countersView() {
            var loader = new FXMLLoader(CountersView.class.getResource("CountersView.fxml"));
            loader.setControllerFactory(this::controller);
            return load(loader);
        }

        Node chartsView() {
            var loader = new FXMLLoader(ChartsView.class.getResource("ChartsView.fxml"));
            loader.setControllerFactory(this::controller);
            return load(loader);
        }
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
        stage.setOnCloseRequest(event -> diary.unsavedOnClosing().ifPresent(problem -> {
            if (!DiaryDialogs.closeWithoutUnsaved(stage, problem)) {
                event.consume();
            }
        }));
        stage.setOnHiding(event -> rememberWindow());
        FirstFrameProbe.watch(scene);
        stage.show();
        window.restoreDividers(settings);
        window.focusLibrary();
    }

    /**
     * Another program (the command line) may change the data while the window is open: look every few seconds and
     * whenever the window comes back into focus, until it closes.
     */
    private void watchOutsideChanges(Runnable look) {
        var timer = new Timeline(new KeyFrame(OUTSIDE_CHANGES_EVERY, event -> look.run()));
        timer.setCycleCount(Animation.INDEFINITE);
        timer.play();
        ChangeListener<Boolean> onFocus = (observable, was, focused) -> {
            if (focused && stage.isShowing()) {
                look.run();
            }
        };
        stage.focusedProperty().addListener(onFocus);
        // All of it ends with this window, also when the stage is shown again with a new one.
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                timer.stop();
                stage.focusedProperty().removeListener(onFocus);
                stage.removeEventHandler(WindowEvent.WINDOW_HIDING, this);
            }
        });
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
        diary.editor().commit();
        var bounds = stage.isMaximized() ? main.settings().bounds()
                : Optional.of(new UiSettings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                        stage.getHeight()));
        var dividers = window.dividers();
        var open = Optional.ofNullable(reader.selectedProperty().get()).map(article -> article.id());
        main.windowClosing(bounds, stage.isMaximized(), dividers[0], dividers[1], open);
    }

    public ReaderViewModel readerViewModel() {
        return Objects.requireNonNull(reader);
    }

    public DiaryViewModel diaryViewModel() {
        return diary;
    }

    public MainWindow mainWindow() {
        return window;
    }
}
