package org.headback.ui;

import java.nio.file.Path;
import javafx.application.Application;

/** Opens the window; returns when it is closed. */
public final class Gui {
    private Gui() {
    }

    /**
     * @throws IllegalStateException if there is no display to open a window on
     */
    public static void open(Path dataDir) {
        try {
            Application.launch(HeadBackApp.class, "--" + HeadBackApp.DATA_DIR_PARAMETER + "=" + dataDir);
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException("The window cannot open here (" + e.getMessage() + "). "
                    + "The commands work without a display: see headback --help.", e);
        }
    }
}
