package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.headback.safekeeping.Backup;
import org.headback.safekeeping.UnusableFile;
import org.headback.storage.Database;
import org.headback.storage.UnusableDatabaseException;
import org.headback.text.Dates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The question asked at start-up when the diary's file cannot be used, as the user sees and answers it. */
@ExtendWith(ApplicationExtension.class)
class RecoveryDialogFxTest {
    @TempDir
    Path dataDir;

    private Stage owner;

    /** A stage of its own to own the dialog (the one TestFX hands over is shared with the window tests). */
    @Start
    void start(Stage stage) {
        owner = new Stage();
        owner.setScene(new Scene(new StackPane(), 400, 300));
        owner.show();
    }

    private UnusableFile problem() throws Exception {
        Files.writeString(dataDir.resolve(Database.FILE_NAME), "not a database, just words ".repeat(40));
        return UnusableFile.of(catchThrowableOfType(UnusableDatabaseException.class, () -> Database.open(dataDir)));
    }

    private static Backup backup() {
        return new Backup(Path.of("backups", "headback-2026-11-20.db"), LocalDate.of(2026, 11, 20), 24_000);
    }

    private RecoveryDialog shown(FxRobot robot, UnusableFile problem, Optional<Backup> backup) {
        var dialog = new RecoveryDialog[1];
        robot.interact(() -> {
            dialog[0] = RecoveryDialog.of(problem, backup);
            dialog[0].alert().initOwner(owner);
            dialog[0].alert().show();
        });
        return dialog[0];
    }

    private static Optional<String> buttonText(RecoveryDialog dialog, int index) {
        var types = dialog.alert().getButtonTypes();
        return index < types.size() ? Optional.of(((Button) dialog.pane().lookupButton(types.get(index))).getText())
                : Optional.empty();
    }

    @Test
    void withABackup_offersToRestoreIt_startANewDiary_orQuit(FxRobot robot) throws Exception {
        var problem = problem();
        var dialog = shown(robot, problem, Optional.of(backup()));

        assertThat(buttonText(dialog, 0))
                .contains("Restore Backup of " + Dates.ofUser().shown(LocalDate.of(2026, 11, 20)));
        assertThat(buttonText(dialog, 1)).contains("Start a New Diary");
        assertThat(buttonText(dialog, 2)).contains("Quit");
        var text = ((Label) dialog.pane().getContent()).getText();
        assertThat(text).contains(dataDir.resolve(Database.FILE_NAME).toString())
                .contains("newest backup that can be restored is from "
                        + Dates.ofUser().shown(LocalDate.of(2026, 11, 20)))
                .contains("renamed to “headback.db.unreadable-…” and never deleted");
        assertThat(((Button) dialog.pane().lookupButton(dialog.alert().getButtonTypes().get(0))).isDefaultButton())
                .isTrue();

        robot.clickOn("Start a New Diary");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.alert().isShowing());
        assertThat(dialog.choiceOf(Optional.ofNullable(dialog.alert().getResult())))
                .isEqualTo(RecoveryDialog.Choice.START_NEW);
    }

    @Test
    void withoutABackup_offersANewDiaryOrQuit_andQuitIsTheDefault(FxRobot robot) throws Exception {
        var dialog = shown(robot, problem(), Optional.empty());

        assertThat(dialog.alert().getButtonTypes()).containsExactly(RecoveryDialog.START_NEW, RecoveryDialog.QUIT);
        assertThat(((Label) dialog.pane().getContent()).getText())
                .contains("There is no backup that could be restored");
        assertThat(((Button) dialog.pane().lookupButton(RecoveryDialog.QUIT)).isDefaultButton()).isTrue();

        robot.interact(() -> dialog.alert().close());
        assertThat(dialog.choiceOf(Optional.ofNullable(dialog.alert().getResult())))
                .as("closed without an answer").isEqualTo(RecoveryDialog.Choice.QUIT);
        assertThat(dialog.choiceOf(Optional.of(ButtonType.OK))).isEqualTo(RecoveryDialog.Choice.QUIT);
    }

    @Test
    void newerVersion_pointsToTheNewerHeadBack() throws Exception {
        var problem = UnusableFile.of(new UnusableDatabaseException(dataDir.resolve(Database.FILE_NAME),
                UnusableDatabaseException.Reason.NEWER_VERSION, "The database was written by a newer version."));
        assertThat(RecoveryDialog.explain(problem, Optional.empty())).contains("open this diary there instead");
    }
}
