package org.headback.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.headback.article.ArticleEntry;
import org.headback.evidence.Claim;
import org.headback.ui.charts.ChartsView;
import org.headback.ui.charts.ChartsViewModel;
import org.headback.ui.diary.CatchUpLineView;
import org.headback.ui.diary.CountersView;
import org.headback.ui.diary.DayEditorView;
import org.headback.ui.diary.DiaryDialogs;
import org.headback.ui.diary.DiaryTransferViewModel;
import org.headback.ui.diary.DiaryView;
import org.headback.ui.diary.DiaryViewModel;
import org.headback.ui.diary.MedicinesView;
import org.headback.ui.diary.MedicinesViewModel;
import org.headback.ui.evidence.EvidenceView;
import org.headback.ui.evidence.EvidenceViewModel;
import org.headback.ui.reader.ArticleView;
import org.headback.ui.reader.LibraryView;
import org.headback.ui.reader.ReaderViewModel;
import org.headback.ui.reminder.ReminderDialog;
import org.headback.ui.reminder.ReminderViewModel;
import org.headback.ui.report.ReportViewModel;

/**
 * The composition root of the window: makes the view-models, each with what it needs, the views from them, and
 * shows the stage. It owns the window's messages and does the moves from one part of the window to another.
 */
public final class WindowAssembly implements Navigation {
    private final AppServices services;
    private final TaskRunner runner;
    private final WindowMessages messages = WindowMessages.empty();
    private final MainViewModel main;
    private final ReaderViewModel reader;
    private final DiaryViewModel diary;
    private final DiaryTransferViewModel transfer;
    private final ChartsViewModel charts;
    private final ReportViewModel report;
    private final EvidenceViewModel evidence;
    private final Parent root;
    private final MainView view;

    private WindowAssembly(UiSettings settings, AppServices services, TaskRunner runner) {
        this.services = services;
        this.runner = runner;
        main = new MainViewModel(settings, services.settings(), runner);
        reader = new ReaderViewModel(runner, messages.bar(), this);
        diary = new DiaryViewModel(services.diary(), runner, messages.diary());
        transfer = new DiaryTransferViewModel(services.diary(), services.backups(), services.outputs(), runner,
                messages.diary(), diary::reload, this::reloadAll);
        charts = new ChartsViewModel(services.diary(), services.outputs(), main.themeProperty().isEqualTo(Theme.DARK),
                messages.charts(), runner);
        report = new ReportViewModel(services.diary(), services.outputs(), services.settings(), messages.report(),
                runner);
        evidence = new EvidenceViewModel(charts.drawnProperty(), reader.articles(), this, messages.evidence(), runner);
        // The first picture's views are built in code, the others from their FXML when first shown.
        var diaryView = new DiaryView(diary, new DayEditorView(diary),
                () -> new CountersView(diary).root(), this::showMedicines);
        view = new MainView(new MainView.ViewModels(main, reader, diary, transfer, charts, report),
                new MainView.Views(new LibraryView(reader), new ArticleView(reader), diaryView,
                        new CatchUpLineView(diary)),
                messages.bar(), runner, () -> loadView(ChartsView.class, "ChartsView.fxml"), this::showReminder);
        root = view.root();
    }

    /** A view-model of its own each time the dialog opens: nothing of a closed dialog stays bound to it. */
    private void showReminder() {
        ReminderDialog.show(root.getScene().getWindow(), new ReminderViewModel(services.reminder(), runner));
    }

    private void showMedicines() {
        DiaryDialogs.showMedicines(root.getScene().getWindow(), loadView(MedicinesView.class, "MedicinesView.fxml"));
    }

    /**
     * Builds the window on the stage, shows it, and loads the library and the diary in the background; what the
     * first picture does not need (the rest of the day's entry, the icons, the daily backup, the watch for other
     * programs' changes) waits for its first frame, and the charts' first look gets ready once that picture is
     * complete.
     */
    public static WindowAssembly show(Stage stage, UiSettings settings, AppServices services, TaskRunner runner) {
        // Before the first control is made: else JavaFX loads its own theme, Modena, only for this one to replace it.
        Application.setUserAgentStylesheet(settings.theme().userAgentStylesheet());
        var assembly = new WindowAssembly(settings, services, runner);
        assembly.showOn(stage, settings);
        assembly.reader.load(services.library(), settings.article());
        assembly.diary.start();
        FirstFrame.then(stage.getScene(), () -> assembly.afterFirstFrame(stage));
        return assembly;
    }

    private void afterFirstFrame(Stage stage) {
        if (!stage.isShowing()) {
            // Closed as soon as shown: the program is ending, and what waited for the first frame is not needed.
            return;
        }
        WindowPlacement.addIcons(stage);
        OutsideChangesWatch.start(stage, () -> main.lookForOutsideChanges(services.changedElsewhere(),
                this::reloadAll, messages.diary()::failure));
        transfer.backUpIfDue();
        // The first look at the charts gets ready once the first picture is complete, so as not to delay it. What
        // completes the picture changes the window, so the pulse that shows it comes without being asked for (and
        // if the diary cannot be read, no timer asks for pulses for ever).
        LaidOut.when(stage.getScene(), this::pictureComplete, false, () -> Platform.runLater(() ->
                charts.prepare(view::buildChartsView)));
        if (FirstClicksProbe.wanted()) {
            FirstClicksProbe.measure(stage.getScene(), () -> charts.drawnProperty().get() != null);
        }
    }

    // Navigation

    @Override
    public void openPassage(String sourceName, String rowId) {
        reader.showClaim(sourceName, rowId);
    }

    @Override
    public void showFigure(Claim passage) {
        evidence.select(passage.rowId());
        view.showEvidence();
    }

    /** Today's entry in the diary, the keyboard in it: what the reminder's notification opens. */
    public void showToday() {
        view.recordToday();
    }

    /** Imports a diary file, as File › Import Diary does once the file is chosen. */
    void importDiary(Path file) {
        DiaryDialogs.importFile(root.getScene().getWindow(), file, transfer);
    }

    /** Reads everything shown from the data again: after a restore, or a change by another program. */
    private void reloadAll() {
        reader.load(services.library(), Optional.ofNullable(reader.selectedProperty().get()).map(ArticleEntry::id));
        diary.reload();
    }

    /** The medicine list changed in its dialog: the day's entry offers the new list, the chart shows its courses. */
    private void medicinesChanged() {
        diary.editor().refreshMedicines();
        if (charts.drawnProperty().get() != null) {
            charts.refresh();
        }
    }

    private static Parent load(FXMLLoader loader) {
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The window's layout could not be loaded: " + loader.getLocation(), e);
        }
    }

    /** The controllers the FXML files of the views shown later ask for, made from the view-models. */
    private Object controller(Class<?> type) {
        if (type == ChartsView.class) {
            return new ChartsView(charts, report);
        }
        if (type == EvidenceView.class) {
            return new EvidenceView(evidence);
        }
        if (type == MedicinesView.class) {
            // A view-model of its own each time the dialog opens: nothing of a closed dialog stays bound to it.
            return new MedicinesView(new MedicinesViewModel(services.diary(), runner, this::medicinesChanged));
        }
        throw new IllegalArgumentException("No controller for " + type.getName());
    }

    private Node loadView(Class<?> controller, String fxml) {
        var loader = new FXMLLoader(controller.getResource(fxml));
        loader.setControllerFactory(this::controller);
        return load(loader);
    }

    private void showOn(Stage stage, UiSettings settings) {
        var scene = new Scene(root);
        main.themeProperty().addListener((observable, old, theme) ->
                Application.setUserAgentStylesheet(theme.userAgentStylesheet()));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onZoomKey);
        stage.setScene(scene);
        stage.titleProperty().bind(reader.windowTitleProperty());
        WindowPlacement.place(stage, settings);
        stage.setOnCloseRequest(event -> diary.unsavedOnClosing().ifPresent(problem -> {
            if (!DiaryDialogs.closeWithoutUnsaved(stage, problem)) {
                event.consume();
            }
        }));
        stage.setOnHiding(event -> rememberWindow(stage));
        FirstFrameProbe.watch(scene, this::pictureComplete);
        stage.show();
        view.restoreDividers(settings);
        // The keyboard in today's entry, so a day is recorded without first reaching for it (Ctrl+L: the library).
        view.focusAtStart();
    }

    /** Whether the library, the article's text, the month's days and the day's entry have all arrived. */
    private boolean pictureComplete() {
        var articleShown = reader.articles().isEmpty() || reader.openArticleProperty().get() != null;
        return !reader.loadingProperty().get() && articleShown && !diary.loadingProperty().get()
                && diary.editor().dateProperty().get() != null;
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

    private void rememberWindow(Stage stage) {
        diary.editor().commit();
        var dividers = view.dividers();
        var open = Optional.ofNullable(reader.selectedProperty().get()).map(ArticleEntry::id);
        main.windowClosing(WindowPlacement.toRemember(stage, main.settings()), stage.isMaximized(), dividers[0],
                dividers[1], open);
    }

    // Accessors

    public ReaderViewModel readerViewModel() {
        return reader;
    }

    public DiaryViewModel diaryViewModel() {
        return diary;
    }

    public MainView mainView() {
        return view;
    }

    /** The window's messages, such as the diary's line for what became of a recovery at start-up. */
    public WindowMessages messages() {
        return messages;
    }
}
