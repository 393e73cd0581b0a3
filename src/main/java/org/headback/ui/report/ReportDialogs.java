package org.headback.ui.report;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.headback.chart.DateRange;
import org.headback.report.ReportFormat;
import org.headback.ui.DayPickers;

/** The report's dialogs: which days and in which format, then where to save it. */
public final class ReportDialogs {
    private ReportDialogs() {
    }

    /** Asks for the range (starting from {@code suggested}) and the format; empty if the user cancels. */
    public static Optional<ReportViewModel.Request> ask(Window owner, DateRange suggested, LocalDate today) {
        var from = new DatePicker(suggested.from());
        var to = new DatePicker(suggested.to());
        from.setAccessibleText("First day of the report");
        to.setAccessibleText("Last day of the report");
        DayPickers.offerRecordableDays(from, () -> today);
        DayPickers.offerRecordableDays(to, () -> today);
        var formats = new ToggleGroup();
        var pdf = new RadioButton("PDF: A4 pages to print");
        var png = new RadioButton("PNG: one tall image for a screen");
        pdf.setToggleGroup(formats);
        png.setToggleGroup(formats);
        pdf.setSelected(true);
        var problem = new Label();
        problem.getStyleClass().add("report-problem");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.textProperty().bind(Bindings.createStringBinding(() -> check(from.getValue(), to.getValue(), today),
                from.valueProperty(), to.valueProperty()));
        var grid = new GridPane();
        grid.getStyleClass().add("report-form");
        grid.addRow(0, new Label("From"), from);
        grid.addRow(1, new Label("To"), to);
        var choices = new HBox(pdf, png);
        choices.getStyleClass().add("report-formats");
        grid.addRow(2, new Label("Format"), choices);
        grid.add(DayPickers.refusalLabel(from, to), 0, 3, 2, 1);
        grid.add(problem, 0, 4, 2, 1);

        var dialog = new Dialog<ReportViewModel.Request>();
        dialog.initOwner(owner);
        dialog.setTitle("Report for the Doctor");
        dialog.setHeaderText("A report of these days: figures, charts and the worst days' notes");
        dialog.getDialogPane().getStylesheets().add(ReportDialogs.class.getResource("ReportDialogs.css")
                .toExternalForm());
        var next = new ButtonType("Choose File…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(next).disableProperty().bind(problem.textProperty().isNotEmpty());
        DayPickers.takeTypedDaysFirst(dialog, next, from, to);
        dialog.setResultConverter(button -> button == next ? new ReportViewModel.Request(
                DateRange.recordable(from.getValue(), to.getValue(), today).orElseThrow(),
                png.isSelected() ? ReportFormat.PNG : ReportFormat.PDF) : null);
        return dialog.showAndWait();
    }

    /**
     * What is wrong with the chosen days, or "" when they can be reported (a last day after today means today, and
     * the report states the range it covers).
     */
    static String check(LocalDate from, LocalDate to, LocalDate today) {
        return DateRange.problem(from, to, today).orElse("");
    }

    /** Where to save the report, with a name that says what it holds; empty if the user cancels. */
    public static Optional<Path> chooseFile(Window owner, ReportViewModel.Request request) {
        var chooser = new FileChooser();
        chooser.setTitle("Save the Report");
        chooser.setInitialFileName(request.fileName());
        var format = request.format();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label() + "s (*."
                + format.extension() + ")", "*." + format.extension()));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
