package org.headback.ui;

import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Application;

/** Opens the window; returns when it is closed. One window per data folder: a second start brings the first up. */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    /**
     * @throws IllegalStateException if there is no display to open a window on
     */
    public static void open(Path dataDir) {
        var held = DataFolderStart.holdForThisWindow(dataDir);
        if (held.isEmpty()) {
            askOpenWindowToFront(dataDir);
            return;
        }
        try (var lock = held.get()) {
            // The database opens while the JavaFX toolkit starts, rather than after it.
            DataFolderStart.openInAdvance(dataDir);
            Application.launch(HeadBackApplication.class,
                    "--" + HeadBackApplication.DATA_DIR_PARAMETER + "=" + dataDir);
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException("The window cannot open here (" + e.getMessage() + "). "
                    + "The commands work without a display: see headback --help.", e);
        }
    }

    private static void askOpenWindowToFront(Path dataDir) {
        try {
            DataFolderStart.askOpenWindowToFront(dataDir);
            System.out.println("HeadBack is already open on " + dataDir + "; its window was brought to the front.");
        } catch (IOException e) {
            throw new IllegalStateException("HeadBack is already open on " + dataDir
                    + ", but its window could not be asked to come to the front: " + e.getMessage(), e);
        }
    }
}
