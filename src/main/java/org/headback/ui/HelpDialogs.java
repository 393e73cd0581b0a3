package org.headback.ui;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** The Help menu's dialogs. */
final class HelpDialogs {
    static final String SHORTCUTS = String.join("\n",
            "Ctrl+F\tSearch all articles",
            "Enter / F3\tNext match",
            "Shift+Enter / Shift+F3\tPrevious match",
            "Esc\tClear the search",
            "Ctrl+O\tAdd an article (or drop files on the window)",
            "Delete\tRemove the selected article you added",
            "Ctrl+Plus / Ctrl+Minus\tLarger / smaller text",
            "Ctrl+0\tNormal text size",
            "Ctrl+Shift+D\tLight or dark theme",
            "Arrow keys\tIn the calendar: the day before or after, the week before or after",
            "Page Up / Page Down\tIn the calendar: the month before or after",
            "Home\tIn the calendar: today",
            "Ctrl+I / Ctrl+E\tImport / export the diary as CSV",
            "Ctrl+R\tA report for the doctor, as PDF or PNG",
            "Tab / Shift+Tab\tMove between the library, the article and its contents",
            "F10\tThe menu bar");

    private HelpDialogs() {
    }

    static void showShortcuts(Window owner) {
        show(owner, "Keyboard Shortcuts", "Everything in HeadBack works from the keyboard.", SHORTCUTS);
    }

    static void showAbout(Window owner) {
        var version = HelpDialogs.class.getPackage().getImplementationVersion();
        show(owner, "About HeadBack", "HeadBack " + (version == null ? "" : version),
                "Articles about back pain and headaches, beside a private diary of both.\n\n"
                        + "Everything stays on this computer: HeadBack makes no network connections.\n"
                        + "HeadBack is free software under the Apache License 2.0. It is not medical advice.");
    }

    private static void show(Window owner, String title, String header, String content) {
        var alert = new Alert(Alert.AlertType.INFORMATION, content);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.showAndWait();
    }
}
