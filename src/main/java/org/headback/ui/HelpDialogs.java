package org.headback.ui;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.headback.text.AppVersion;

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
            "Ctrl+T\tRecord today: the diary's editor, at today",
            "Alt+A\tIn a day's entry: add a headache attack, the cursor in its start",
            "Alt+1 … Alt+9\tIn an attack: took that kept medicine for it, the cursor in its time",
            "1 … 4\tOn a medication's relief: not at all, a little, a lot, pain gone",
            "Alt+C\tIn a day's entry: tick factors by name (\"coffee; long drive\", or a name's beginning)",
            "Alt+Y\tIn a day's entry: same as the day before (a copy, saved only by Enter or Keep)",
            "Alt+U\tCatch up on the days of the last two weeks not recorded (N: nothing to note)",
            "Ctrl+L\tShow the library, also when a small window folded it away",
            "Ctrl+I / Ctrl+E\tImport / export the diary as CSV",
            "Ctrl+R\tA report for the doctor, as PDF or PNG",
            "Tab / Shift+Tab\tMove between the library, the article and its contents",
            "F10\tThe menu bar");

    private HelpDialogs() {
    }

    static void showShortcuts(Window owner) {
        show(owner, "Keyboard Shortcuts", "Everything in HeadBack works from the keyboard.", SHORTCUTS);
    }

    static final String GUIDE = String.join("\n\n",
            "Recording a day. Press Ctrl+T (File > Record Today), or choose a day in the Diary's calendar. Set back "
                    + "pain and headache from 0 (none) to 10 (worst); where the back hurt, what kind of headache, "
                    + "medication, sleep, stress and notes are there if you want them. A headache may be recorded as "
                    + "attacks (Alt+A), each with its start, how long it lasted or when it ended, its peak and what "
                    + "you took for it; the day's headache is then its attacks'. Every change is saved as you make "
                    + "it: there is no Save button.",
            "\"Not recorded\". A day you did not record is not a day without pain: HeadBack never counts it as one. "
                    + "It shows in the calendar as not recorded, and the figures leave it out and say how many days "
                    + "they cover.",
            "Charts. The Charts tab draws your diary over a range of days: back pain and headache together, by "
                    + "month, as a calendar, how often they fall on the same day, and your figure beside published "
                    + "studies. A chart needs enough recorded days; it says so when there are too few. Hold Ctrl and "
                    + "turn the mouse wheel over a chart to zoom it; the wheel alone scrolls the tab.",
            "Report for the doctor. File > Report for the Doctor (Ctrl+R) writes the figures, charts and the notes "
                    + "of your worst days for the range you choose, as a PDF to print or a PNG image.",
            "Articles. The library on the left holds articles about back pain and headaches; Ctrl+F searches them, "
                    + "and you can add your own (Ctrl+O). HeadBack is not medical advice.");

    static void showGuide(Window owner) {
        show(owner, "Getting Started", "HeadBack in five minutes", GUIDE);
    }

    static void showAbout(Window owner) {
        show(owner, "About HeadBack", AppVersion.title(),
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
