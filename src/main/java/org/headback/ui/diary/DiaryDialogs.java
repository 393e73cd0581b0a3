package org.headback.ui.diary;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.headback.diary.ConflictMode;
import org.headback.diary.ImportPreview;
import org.headback.safekeeping.Backup;
import org.headback.text.Dates;
import org.headback.ui.DayPickers;
import org.headback.ui.ProblemLine;

/**
 * The diary's dialogs: files to import or export, the import preview, the range to export, a backup, the medicines.
 */
public final class DiaryDialogs {
    private static final FileChooser.ExtensionFilter CSV = new FileChooser.ExtensionFilter("CSV files (*.csv)",
            "*.csv");
    /** Excel saves "Unicode Text" (tab-separated) as .txt; others save tab-separated files as .tsv. */
    private static final FileChooser.ExtensionFilter IMPORTABLE = new FileChooser.ExtensionFilter(
            "CSV and text files (*.csv, *.tsv, *.txt)", "*.csv", "*.tsv", "*.txt");

    /** A range of days to export; either end may be open. */
    public record ExportRange(LocalDate from, LocalDate to) {
    }

    private DiaryDialogs() {
    }

    /**
     * The window is closing while the day on show holds a value that cannot be saved: true to close without it. Going
     * back is the default, so Enter or Escape keeps what was typed.
     */
    public static boolean closeWithoutUnsaved(Window owner, String problem) {
        var close = new ButtonType("Close Without It", ButtonBar.ButtonData.OTHER);
        var back = new ButtonType("Go Back to the Day", ButtonBar.ButtonData.CANCEL_CLOSE);
        var alert = new Alert(Alert.AlertType.WARNING, problem, back, close);
        alert.initOwner(owner);
        alert.setTitle("Not Saved");
        alert.setHeaderText("A value of this day is not saved");
        ((Button) alert.getDialogPane().lookupButton(back)).setDefaultButton(true);
        return alert.showAndWait().filter(close::equals).isPresent();
    }

    public static Optional<Path> chooseImportFile(Window owner) {
        var chooser = new FileChooser();
        chooser.setTitle("Import Diary");
        chooser.getExtensionFilters().addAll(IMPORTABLE, CSV, new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /**
     * Reads a diary file and asks how to import it: HeadBack's own CSV file with its preview, another diary's with
     * its mapping step.
     */
    public static void importFile(Window owner, Path file, DiaryTransferViewModel transfer) {
        transfer.prepareImport(file, (plan, preview) -> confirmImport(owner, plan.fileName(), preview)
                .ifPresent(mode -> transfer.importDays(plan, mode)), mapping -> chooseMapping(owner, mapping));
    }

    /** The mapping step of another diary's file: Import imports its days as chosen; Cancel or Escape, nothing. */
    private static void chooseMapping(Window owner, MappingViewModel mapping) {
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.setTitle("Import Another Diary");
        dialog.setHeaderText("Check what each thing the file tracks becomes in HeadBack");
        var importDays = new ButtonType("_Import", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importDays, ButtonType.CANCEL);
        var view = MappingView.load(mapping);
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().lookupButton(importDays).disableProperty().bind(mapping.canImportProperty().not());
        dialog.setResizable(true);
        // A longer preview or a choice that appears makes the dialog grow rather than hide its buttons.
        var around = new double[] {Double.NaN};
        Runnable fit = () -> around[0] = fitHeight(dialog.getDialogPane(), around[0]);
        view.whenItsHeightChanges(fit);
        dialog.setOnShown(event -> Platform.runLater(fit));
        dialog.showAndWait().filter(importDays::equals).ifPresent(button -> mapping.importDays());
    }

    public static Optional<Path> chooseExportFile(Window owner, LocalDate today) {
        var chooser = new FileChooser();
        chooser.setTitle("Export Diary to CSV");
        chooser.setInitialFileName("headback-diary-" + today + ".csv");
        chooser.getExtensionFilters().add(CSV);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** Shows what the import would do and asks how; empty if the user cancels. */
    public static Optional<ConflictMode> confirmImport(Window owner, String fileName, ImportPreview preview) {
        var replace = new ButtonType("Replace Them", ButtonBar.ButtonData.OTHER);
        var skip = new ButtonType("Skip Them", ButtonBar.ButtonData.OK_DONE);
        var importAll = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        var buttons = preview.conflicts().isEmpty() ? new ButtonType[] {importAll, ButtonType.CANCEL}
                : new ButtonType[] {replace, skip, ButtonType.CANCEL};
        var alert = new Alert(Alert.AlertType.CONFIRMATION, ImportText.describe(fileName, preview), buttons);
        alert.initOwner(owner);
        alert.setTitle("Import Diary");
        alert.setHeaderText(preview.conflicts().isEmpty() ? "Import these days?"
                : "Some of these days are already in your diary");
        return alert.showAndWait().flatMap(button -> {
            if (button == importAll) {
                return Optional.of(ConflictMode.FAIL);
            }
            if (button == replace) {
                return Optional.of(ConflictMode.REPLACE);
            }
            return button == skip ? Optional.of(ConflictMode.SKIP) : Optional.empty();
        });
    }

    /**
     * Makes a dialog as high as its content needs at the width it has (a dialog sizes itself as if its wrapping
     * lines did not wrap), within the screen: a list in it scrolls rather than push its buttons off a small screen.
     *
     * @param around the height of the window around its content, or NaN until it is measured: the first time the
     *               window has its first size, before the content changes its need
     * @return the height around the content
     */
    private static double fitHeight(DialogPane pane, double around) {
        var window = pane.getScene() == null ? null : pane.getScene().getWindow();
        var content = pane.getContent();
        if (window == null || !window.isShowing() || Double.isNaN(window.getHeight())) {
            return around;
        }
        if (Double.isNaN(around)) {
            around = window.getHeight() - content.getLayoutBounds().getHeight();
        }
        var screen = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                window.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double wanted = content.prefHeight(content.getLayoutBounds().getWidth()) + around;
        window.setHeight(Math.min(Math.ceil(wanted), screen.getHeight()));
        if (window.getY() + window.getHeight() > screen.getMaxY()) {
            window.setY(Math.max(screen.getMinY(), screen.getMaxY() - window.getHeight()));
        }
        return around;
    }

    /** Asks which days to export: both dates may be left empty for the whole diary. */
    public static Optional<ExportRange> chooseRange(Window owner) {
        var from = new DatePicker();
        var to = new DatePicker();
        from.setPromptText("first day");
        to.setPromptText("last day");
        from.setAccessibleText("First day to export");
        to.setAccessibleText("Last day to export");
        DayPickers.takeTypedDays(from);
        DayPickers.takeTypedDays(to);
        var grid = new GridPane();
        grid.getStyleClass().add("dialog-form");
        grid.addRow(0, new Label("From"), from);
        grid.addRow(1, new Label("To"), to);
        grid.add(new Label("Leave both empty to export the whole diary."), 0, 2, 2, 1);
        var problem = ProblemLine.label("export-problem");
        problem.textProperty().bind(Bindings.createStringBinding(() -> DiaryTransferViewModel.exportRangeProblem(
                from.getValue(), to.getValue()), from.valueProperty(), to.valueProperty()));
        grid.add(DayPickers.refusalLabel(from, to), 0, 3, 2, 1);
        grid.add(problem, 0, 4, 2, 1);
        var dialog = new Dialog<ExportRange>();
        dialog.initOwner(owner);
        dialog.setTitle("Export Diary");
        dialog.setHeaderText("Which days?");
        var next = new ButtonType("Choose File…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        ProblemLine.holdsBack(dialog, next, problem, from, to);
        dialog.setResultConverter(button -> button == next ? new ExportRange(from.getValue(), to.getValue()) : null);
        return dialog.showAndWait();
    }

    /** Shows the Medicines dialog's content until the user closes it; the dialog makes its changes as they are made. */
    public static void showMedicines(Window owner, Node content) {
        var dialog = new Dialog<Void>();
        dialog.initOwner(owner);
        dialog.setTitle("Medicines");
        dialog.setHeaderText("The medicines you keep, and the courses of preventive ones");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.show();
    }

    /** Shows the list of days to catch up on until the user closes it (Escape); each day is saved as it is given. */
    public static void showCatchUp(Window owner, CatchUpView content) {
        var dialog = new Dialog<Void>();
        dialog.initOwner(owner);
        dialog.setTitle("Catch Up");
        dialog.setHeaderText("Days of the last two weeks not recorded, newest first");
        dialog.getDialogPane().setContent(content.root());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.setOnShown(event -> content.focusFirst());
        dialog.show();
    }

    /** Lets the user choose a backup, then confirms; empty if there is none or the user cancels. */
    public static Optional<Backup> chooseBackup(Window owner, List<Backup> backups) {
        if (backups.isEmpty()) {
            var none = new Alert(Alert.AlertType.INFORMATION, "HeadBack makes a backup of the diary once a day, when "
                    + "it opens. There is none yet.");
            none.initOwner(owner);
            none.setTitle("Restore from Backup");
            none.setHeaderText("No backups yet");
            none.showAndWait();
            return Optional.empty();
        }
        var choices = backups.stream().map(BackupChoice::new).toList();
        var choice = new ChoiceDialog<>(choices.get(0), choices);
        choice.initOwner(owner);
        choice.setTitle("Restore from Backup");
        choice.setHeaderText("Replace the diary with the backup of which day?");
        choice.setContentText("Backup:");
        return choice.showAndWait().map(BackupChoice::backup).filter(backup -> confirmRestore(owner, backup));
    }

    private static boolean confirmRestore(Window owner, Backup backup) {
        var restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, "Your diary and articles will be as they were on "
                + Dates.ofUser().shown(backup.date())
                + ". A copy of them as they are now is kept in the backups folder first.",
                restore, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Restore from Backup");
        alert.setHeaderText("Restore the backup of " + Dates.ofUser().shown(backup.date()) + "?");
        return alert.showAndWait().filter(restore::equals).isPresent();
    }
}
