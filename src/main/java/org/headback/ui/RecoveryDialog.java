package org.headback.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.headback.safekeeping.Backup;
import org.headback.safekeeping.UnusableFile;
import org.headback.text.Dates;

/**
 * Asked at start-up when the diary's file cannot be used: restore the newest backup, start a new diary, or quit.
 * The ways out themselves are {@link DataFolderStart#recover}'s; this only asks.
 */
final class RecoveryDialog {
    /** What the user chose. */
    enum Choice {
        RESTORE_BACKUP,
        START_NEW,
        QUIT
    }

    static final ButtonType START_NEW = new ButtonType("Start a New Diary", ButtonBar.ButtonData.OTHER);
    static final ButtonType QUIT = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final Alert alert;
    private final Optional<ButtonType> restore;

    private RecoveryDialog(UnusableFile problem, Optional<Backup> backup) {
        restore = backup.map(b -> new ButtonType("Restore Backup of " + Dates.ofUser().shown(b.date()),
                ButtonBar.ButtonData.OK_DONE));
        alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("HeadBack");
        alert.setHeaderText("HeadBack cannot use your diary's file");
        var text = new Label(explain(problem, backup));
        text.setWrapText(true);
        text.getStyleClass().add("recovery-text");
        alert.getDialogPane().setContent(text);
        alert.getButtonTypes().setAll(restore.isPresent() ? new ButtonType[] {restore.get(), START_NEW, QUIT}
                : new ButtonType[] {START_NEW, QUIT});
        alert.getDialogPane().setPrefWidth(680);
        var defaultButton = restore.orElse(QUIT);
        for (var type : alert.getButtonTypes()) {
            var button = (Button) alert.getDialogPane().lookupButton(type);
            button.setDefaultButton(type == defaultButton);
            // Each as wide as its words: the date must not be cut off.
            ButtonBar.setButtonUniformSize(button, false);
        }
    }

    static RecoveryDialog of(UnusableFile problem, Optional<Backup> backup) {
        return new RecoveryDialog(problem, backup);
    }

    static String explain(UnusableFile problem, Optional<Backup> backup) {
        var text = new StringBuilder(problem.problem()).append("\n\n");
        if (problem.newerVersion()) {
            text.append("If you use a newer HeadBack on another computer, open this diary there instead.\n\n");
        }
        text.append(backup.map(b -> "The newest backup that can be restored is from "
                + Dates.ofUser().shown(b.date()) + ". ")
                .orElse("There is no backup that could be restored. "));
        text.append("Whatever you choose, the file stays in its folder: it is renamed to “")
                .append(problem.file().getFileName()).append(".unreadable-…” and never deleted or changed.");
        return text.toString();
    }

    DialogPane pane() {
        return alert.getDialogPane();
    }

    Alert alert() {
        return alert;
    }

    /** The choice a button stands for; closing the dialog any other way quits. */
    Choice choiceOf(Optional<ButtonType> button) {
        if (button.isPresent() && restore.isPresent() && button.get() == restore.get()) {
            return Choice.RESTORE_BACKUP;
        }
        return button.filter(START_NEW::equals).isPresent() ? Choice.START_NEW : Choice.QUIT;
    }

    /** Shows the dialog and waits for the answer. */
    Choice ask() {
        return choiceOf(alert.showAndWait());
    }
}
