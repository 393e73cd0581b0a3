package org.headback.ui.report;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.headback.chart.BeforeAfterInput;
import org.headback.diary.DateRange;
import org.headback.report.ReportFormat;
import org.headback.report.ReportPerson;
import org.headback.stats.DayPoint;
import org.headback.stats.Thresholds;
import org.headback.ui.DayPickers;
import org.headback.ui.ProblemLine;

/** The report's dialogs: which days, thresholds, name and format, then where to save it. */
public final class ReportDialogs {
    private ReportDialogs() {
    }

    /**
     * Where the dialog starts: the charts' range and thresholds, the name and date of birth given last, and the two
     * ranges last compared in the Before / after view, if any.
     */
    public record Start(DateRange range, Thresholds thresholds, ReportPerson person,
                        Optional<BeforeAfterInput.Ranges> beforeAfter) {
        public Start(DateRange range, Thresholds thresholds, ReportPerson person) {
            this(range, thresholds, person, Optional.empty());
        }
    }

    /**
     * Today by this computer's clock, and the diary's latest day ({@link org.headback.diary.Diary#latestDay}: today,
     * or a later day recorded already), the last day a report can reach.
     */
    public record Days(LocalDate today, LocalDate latest) {
        public Days {
            Objects.requireNonNull(today, "today");
            Objects.requireNonNull(latest, "latest");
        }
    }

    /**
     * Asks for the range, the thresholds that make a pain day, the name and date of birth (both optional) and the
     * format; empty if the user cancels.
     */
    public static Optional<ReportViewModel.Request> ask(Window owner, Start start, Days days) {
        var today = days.today();
        var latest = days.latest();
        var from = new DatePicker(start.range().from());
        var to = new DatePicker(start.range().to());
        from.setAccessibleText("First day of the report");
        to.setAccessibleText("Last day of the report");
        DayPickers.offerRecordableDays(from, () -> latest);
        DayPickers.offerRecordableDays(to, () -> latest);
        var back = threshold(start.thresholds().backPain(), "Back pain that makes a back-pain day");
        var headache = threshold(start.thresholds().headache(), "Headache that makes a headache day");
        var name = nameField(start.person());
        var born = birthDateField(start.person(), today);
        var formats = new ToggleGroup();
        var pdf = new RadioButton("PDF: A4 pages to print");
        var png = new RadioButton("PNG: one tall image for a screen");
        pdf.setToggleGroup(formats);
        png.setToggleGroup(formats);
        pdf.setSelected(true);
        var problem = ProblemLine.label("report-problem");
        problem.textProperty().bind(Bindings.createStringBinding(() -> check(from.getValue(), to.getValue(), days,
                ReportPerson.of(name.getText(), born.getValue())), from.valueProperty(), to.valueProperty(),
                name.textProperty(), born.valueProperty()));
        var grid = new GridPane();
        grid.getStyleClass().add("report-form");
        grid.addRow(0, label("_From", from), from);
        grid.addRow(1, label("_To", to), to);
        grid.addRow(2, label("_Back-pain day", back), row(label("back pain ≥", back), back));
        grid.addRow(3, label("_Headache day", headache), row(label("headache ≥", headache), headache));
        grid.addRow(4, label("_Name", name), name);
        grid.addRow(5, label("Date of b_irth", born), born);
        var choices = new VBox(pdf, png);
        choices.getStyleClass().add("report-formats");
        grid.addRow(6, new Label("Format"), choices);
        var compare = compareChoice(start.beforeAfter());
        compare.ifPresent(choice -> grid.add(choice, 0, 7, 2, 1));
        grid.add(DayPickers.refusalLabel(from, to), 0, 8, 2, 1);
        grid.add(problem, 0, 9, 2, 1);

        var dialog = new Dialog<ReportViewModel.Request>();
        dialog.initOwner(owner);
        dialog.setTitle("Report for the Doctor");
        dialog.setHeaderText("A first page to read at a glance, then the figures, charts and worst days.\n"
                + "The name and date of birth are optional and printed only on the report.");
        dialog.getDialogPane().getStylesheets().add(ReportDialogs.class.getResource("ReportDialogs.css")
                .toExternalForm());
        var next = new ButtonType("Choose File…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(grid);
        ProblemLine.holdsBack(dialog, next, problem, from, to);
        dialog.setResultConverter(button -> button == next ? new ReportViewModel.Request(
                DateRange.recordable(from.getValue(), to.getValue(), latest).orElseThrow(),
                png.isSelected() ? ReportFormat.PNG : ReportFormat.PDF,
                new Thresholds(back.getValue(), headache.getValue()),
                ReportPerson.of(name.getText(), born.getValue()), compare.filter(CheckBox::isSelected)
                .flatMap(choice -> start.beforeAfter())) : null);
        return dialog.showAndWait();
    }

    /** "Add the before/after page": offered, and ticked, when the Before / after view compared two ranges. */
    private static Optional<CheckBox> compareChoice(Optional<BeforeAfterInput.Ranges> ranges) {
        return ranges.map(chosen -> {
            var choice = new CheckBox("Add the before/after page: before " + chosen.before().describe()
                    + ", after " + chosen.after().describe());
            choice.setSelected(true);
            choice.setWrapText(true);
            choice.getStyleClass().add("report-before-after");
            return choice;
        });
    }

    private static TextField nameField(ReportPerson person) {
        var name = new TextField(person.name().orElse(""));
        name.setPromptText("optional");
        name.getStyleClass().add("report-name");
        name.setAccessibleText("Name for the first page (optional)");
        return name;
    }

    private static DatePicker birthDateField(ReportPerson person, LocalDate today) {
        var born = new DatePicker(person.birthDate().orElse(null));
        born.setPromptText("optional");
        born.getStyleClass().add("report-birth-date");
        born.setAccessibleText("Date of birth for the first page (optional)");
        DayPickers.offerRecordableDays(born, () -> today);
        return born;
    }

    private static Spinner<Integer> threshold(int value, String accessible) {
        var spinner = new Spinner<Integer>(1, DayPoint.MAX_SEVERITY, value);
        spinner.setEditable(true);
        spinner.getStyleClass().add("report-threshold");
        spinner.setAccessibleText(accessible);
        return spinner;
    }

    /** A label that names its field, and with Alt and its underlined letter moves the focus there. */
    private static Label label(String text, Node field) {
        var label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }

    private static HBox row(Label label, Spinner<Integer> spinner) {
        var row = new HBox(label, spinner);
        row.getStyleClass().add("report-threshold-row");
        return row;
    }

    /**
     * What is wrong with the chosen days, the name or the date of birth, or "" when they can be reported (a last day
     * after the latest day means the latest day, and the report states the range it covers).
     */
    static String check(LocalDate from, LocalDate to, Days days, ReportPerson person) {
        return DateRange.problem(from, to, days.latest(), days.today(), DayPickers.rangeFields(true))
                .or(() -> person.problem(days.today())).orElse("");
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
