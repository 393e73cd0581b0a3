package org.headback.ui;

import java.nio.file.Path;
import javafx.application.Application;

/** Opens the window; returns when it is closed. */
public final class Gui {
    private Gui() {
    }

    public static void open(Path dataDir) {
        Application.launch(HeadBackApp.class, "--" + HeadBackApp.DATA_DIR_PARAMETER + "=" + dataDir);
    }
}
