package org.headback.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * The JavaFX application. The data folder is opened in {@link #init()}, on the launcher thread, so the window can
 * be placed where it was before it is first shown; everything else loads after the window is up.
 */
public final class HeadBackApplication extends Application {
    private static final System.Logger LOG = System.getLogger(HeadBackApplication.class.getName());
    static final String DATA_DIR_PARAMETER = "data-dir";

    private DataFolderStart folder;
    private UiSettings settings = UiSettings.defaults();
    private String startupError;
    private FxTaskRunner runner;
    private DataFolderStart.Held frontRequests;

    @Override
    public void init() {
        var chosen = Optional.ofNullable(getParameters().getNamed().get(DATA_DIR_PARAMETER)).map(Path::of);
        folder = DataFolderStart.open(chosen);
        startupError = folder.error().orElse(null);
        settings = UiSettings.fromMap(folder.settings());
    }

    @Override
    public void start(Stage stage) {
        if (startupError != null) {
            showStartupError();
            return;
        }
        runner = new FxTaskRunner();
        if (folder.unusable().isPresent()) {
            recover(stage);
            return;
        }
        openWindow(stage, "");
    }

    private void openWindow(Stage stage, String message) {
        var window = WindowAssembly.show(stage, settings, folder.services(), runner);
        if (!message.isEmpty()) {
            window.messages().diary().tell(message);
        }
        listenForSecondStarts(stage, window);
    }

    /** The diary's file cannot be used: asks what to do, does it off the JavaFX thread, then opens the window. */
    private void recover(Stage stage) {
        Application.setUserAgentStylesheet(settings.theme().userAgentStylesheet());
        // No window is open between the dialog and the main window: the toolkit must not take that for the end.
        Platform.setImplicitExit(false);
        var choice = RecoveryDialog.of(folder.unusable().orElseThrow(), folder.newestBackup()).ask();
        if (choice == RecoveryDialog.Choice.QUIT) {
            Platform.exit();
            return;
        }
        runner.run("Opening your diary…", () -> {
            var said = folder.recover(choice == RecoveryDialog.Choice.RESTORE_BACKUP);
            return new Recovered(said, UiSettings.fromMap(folder.settings()));
        }, recovered -> {
            settings = recovered.settings();
            openWindow(stage, recovered.message());
            Platform.setImplicitExit(true);
        }, error -> {
            startupError = error.getMessage();
            showStartupError();
        });
    }

    private record Recovered(String message, UiSettings settings) {
    }

    /**
     * A second start on the same data folder asks this window to come to the front; a click on the reminder's
     * notification, to show today's entry there.
     */
    private void listenForSecondStarts(Stage stage, WindowAssembly window) {
        try {
            frontRequests = folder.watchFrontRequests(() -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
                stage.requestFocus();
            }), () -> Platform.runLater(window::showToday));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Second starts cannot bring this window to the front", e);
        }
    }

    private void showStartupError() {
        Application.setUserAgentStylesheet(settings.theme().userAgentStylesheet());
        var alert = new Alert(Alert.AlertType.ERROR, startupError);
        alert.setTitle("HeadBack");
        alert.setHeaderText("HeadBack cannot open your data");
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (frontRequests != null) {
            frontRequests.close();
        }
        if (runner != null) {
            runner.close();
        }
        if (folder != null) {
            folder.close();
        }
    }
}
