package org.headback.ui.charts;

import java.io.File;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.headback.stats.StatsText;
import org.headback.ui.DayPickers;
import org.headback.ui.ProblemLine;

/**
 * "Before / after…" from the Charts tab: the two ranges (offered for each preventive course, or chosen day by
 * day), the chart of their change, its lines and caution; export and copy. Bound to a {@link BeforeAfterViewModel}.
 */
public final class BeforeAfterDialog {
    private BeforeAfterDialog() {
    }

    /** Opens the view beside the window; the courses are read and the first one's ranges compared meanwhile. */
    public static void show(Window owner, BeforeAfterViewModel view) {
        var viewer = ShortcutWheelZoom.viewer();
        view.shownProperty().addListener((observable, old, shown) -> viewer.setChart(shown == null ? null
                : shown.chart()));
        var holder = new StackPane(viewer);
        holder.getStyleClass().add("before-after-chart");
        holder.setPrefSize(900, 400);

        var content = new BorderPane(holder);
        content.setTop(ranges(view));
        content.setBottom(footer(view));
        content.getStyleClass().add("before-after-view");


        var dialog = new Dialog<Void>();
        dialog.initOwner(owner);
        dialog.setTitle("Before / After: Has Anything Changed?");
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().add(BeforeAfterDialog.class.getResource("BeforeAfterDialog.css")
                .toExternalForm());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(content);
        // Wider than the theme lets a dialog be, for the chart; the long lines wrap at this width.
        dialog.getDialogPane().getStyleClass().add("before-after-pane");
        dialog.show();
        view.loadPresets();
    }

    private static Node ranges(BeforeAfterViewModel view) {
        var offered = new ComboBox<>(view.presets());
        offered.valueProperty().bindBidirectional(view.presetProperty());
        offered.setPromptText("Two ranges of your own");
        offered.setAccessibleText("Ranges offered");
        var pickers = new DatePicker[] {picker("First day before", view), picker("Last day before", view),
            picker("First day after", view), picker("Last day after", view)};
        pickers[0].valueProperty().bindBidirectional(view.beforeFromProperty());
        pickers[1].valueProperty().bindBidirectional(view.beforeToProperty());
        pickers[2].valueProperty().bindBidirectional(view.afterFromProperty());
        pickers[3].valueProperty().bindBidirectional(view.afterToProperty());
        var chosen = new Label();
        chosen.getStyleClass().add("before-after-chosen");
        chosen.setWrapText(true);
        chosen.setPrefWidth(380);
        chosen.textProperty().bind(view.chosenProperty());
        var problem = ProblemLine.label("before-after-problem");
        problem.textProperty().bind(view.problemProperty());

        var grid = new GridPane();
        grid.getStyleClass().add("before-after-form");
        offered.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(0, rowName("Offered"));
        grid.add(offered, 1, 0, 3, 1);
        grid.add(chosen, 4, 0);
        grid.addRow(1, rowName("Before"), pickers[0], rowName("to"), pickers[1]);
        grid.addRow(2, rowName("After"), pickers[2], rowName("to"), pickers[3]);
        grid.add(DayPickers.refusalLabel(pickers), 4, 1, 1, 2);
        grid.add(problem, 0, 3, 5, 1);
        return grid;
    }

    private static Label rowName(String text) {
        var name = new Label(text);
        name.setMinWidth(Region.USE_PREF_SIZE);
        return name;
    }

    private static DatePicker picker(String name, BeforeAfterViewModel view) {
        var picker = new DatePicker();
        picker.setAccessibleText(name);
        picker.setPromptText(name.toLowerCase());
        picker.setPrefWidth(165);
        picker.setMinWidth(Region.USE_PREF_SIZE);
        DayPickers.offerRecordableDays(picker, view::today);
        return picker;
    }

    private static Node footer(BeforeAfterViewModel view) {
        var lines = new Label();
        lines.getStyleClass().add("before-after-lines");
        lines.setWrapText(true);
        lines.textProperty().bind(view.linesProperty());
        var caution = new Label(StatsText.COMPARE_CAUTION);
        caution.getStyleClass().add("before-after-caution");
        caution.setWrapText(true);
        var message = new Label();
        message.getStyleClass().add("before-after-message");
        message.setWrapText(true);
        message.textProperty().bind(view.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        var size = new ComboBox<ExportSize>();
        size.getItems().setAll(ExportSize.values());
        size.setValue(ExportSize.PRINT);
        size.setAccessibleText("Image size");
        var export = new Button("Export PNG…");
        export.setTooltip(new Tooltip("Save the before/after chart as a PNG image"));
        export.setOnAction(event -> exportPng(export.getScene().getWindow(), view, size.getValue()));
        var copy = new Button("Copy");
        copy.setTooltip(new Tooltip("Copy the before/after chart as an image"));
        copy.setOnAction(event -> view.image(size.getValue().width(), size.getValue().height(), image -> {
            var clip = new ClipboardContent();
            clip.putImage(SwingFXUtils.toFXImage(image, null));
            Clipboard.getSystemClipboard().setContent(clip);
        }));
        for (var button : new Button[] {export, copy}) {
            button.disableProperty().bind(view.shownProperty().isNull());
        }
        var row = new HBox(size, export, copy);
        row.getStyleClass().add("before-after-export");
        var footer = new VBox(lines, caution, message, row);
        footer.getStyleClass().add("before-after-footer");
        return footer;
    }

    private static void exportPng(Window owner, BeforeAfterViewModel view, ExportSize size) {
        var shown = view.shownProperty().get();
        if (shown == null) {
            return;
        }
        var chooser = new FileChooser();
        chooser.setTitle("Export Chart as PNG");
        chooser.setInitialFileName("headback-before-after-" + shown.input().after().to() + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG images (*.png)", "*.png"));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            view.export(file.toPath(), size.width(), size.height());
        }
    }
}
