package org.headback.ui.charts;

import java.io.File;
import java.util.Map;
import java.util.Objects;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.headback.chart.ChartKind;
import org.headback.chart.ChartReport;
import org.headback.chart.Charts;
import org.headback.ui.DayPickers;
import org.headback.ui.report.ReportViewModel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * The charts area: the chart in view (zoom and pan with the mouse, the wheel with Ctrl), its range and thresholds,
 * export and copy; under the evidence chart, the evidence view.
 */
public final class ChartsView {
    /** The chart's share of the height while the evidence view is under it. */
    static final double EVIDENCE_DIVIDER = 0.58;

    @FXML
    private BorderPane root;
    @FXML
    private ToggleGroup kindChoice;
    @FXML
    private ToggleButton togetherChoice;
    @FXML
    private ToggleButton monthsChoice;
    @FXML
    private ToggleButton calendarChartChoice;
    @FXML
    private ToggleButton cooccurrenceChoice;
    @FXML
    private ToggleButton evidenceChoice;
    @FXML
    private ToggleButton factorsChoice;
    @FXML
    private ComboBox<RangeChoice> rangeBox;
    @FXML
    private DatePicker fromPicker;
    @FXML
    private DatePicker toPicker;
    @FXML
    private Label dateRefusal;
    @FXML
    private Spinner<Integer> backThreshold;
    @FXML
    private Spinner<Integer> headacheThreshold;
    @FXML
    private HBox factorCuts;
    @FXML
    private Spinner<Double> shortSleep;
    @FXML
    private Spinner<Integer> highStress;
    @FXML
    private SplitPane chartSplit;
    @FXML
    private StackPane chartHolder;
    @FXML
    private Node evidence;
    @FXML
    private Label summary;
    @FXML
    private Label figures;
    @FXML
    private Label shiftTest;
    @FXML
    private Label message;
    @FXML
    private Label reportMessage;
    @FXML
    private ComboBox<ExportSize> sizeBox;

    private final ChartsViewModel viewModel;
    private final ReportViewModel report;
    private final ChartViewer viewer = ShortcutWheelZoom.viewer();
    private Map<ToggleButton, ChartKind> kinds;

    /**
     * @param report the report for the doctor, asked for from this tab, and what became of it
     */
    public ChartsView(ChartsViewModel viewModel, ReportViewModel report) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.report = Objects.requireNonNull(report, "report");
    }

    @FXML
    private void initialize() {
        kinds = Map.of(togetherChoice, ChartKind.TOGETHER, monthsChoice, ChartKind.MONTHS, calendarChartChoice,
                ChartKind.CALENDAR, cooccurrenceChoice, ChartKind.COOCCURRENCE, evidenceChoice, ChartKind.EVIDENCE,
                factorsChoice, ChartKind.FACTORS);
        kinds.forEach((toggle, kind) -> toggle.setOnAction(event -> {
            toggle.setSelected(true);
            viewModel.kindProperty().set(kind);
        }));
        viewModel.kindProperty().addListener((observable, old, kind) -> kindShown(kind));
        kindShown(viewModel.kindProperty().get());
        rangeBox.getItems().setAll(RangeChoice.values());
        rangeBox.valueProperty().bindBidirectional(viewModel.rangeChoiceProperty());
        var custom = viewModel.rangeChoiceProperty().isEqualTo(RangeChoice.CUSTOM);
        for (var picker : new DatePicker[] {fromPicker, toPicker}) {
            picker.visibleProperty().bind(custom);
            picker.managedProperty().bind(custom);
            DayPickers.offerRecordableDays(picker, viewModel::today);
        }
        DayPickers.bindRefusals(dateRefusal, fromPicker, toPicker);
        fromPicker.valueProperty().bindBidirectional(viewModel.customFromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.customToProperty());
        backThreshold.valueProperty().addListener((o, old, value) -> viewModel.backThresholdProperty().set(value));
        bindFactorCuts();
        headacheThreshold.valueProperty().addListener((o, old, value) ->
                viewModel.headacheThresholdProperty().set(value));
        sizeBox.getItems().setAll(ExportSize.values());
        sizeBox.setValue(ExportSize.PRINT);
        chartHolder.getChildren().addAll(viewer, heightFloor());
        summary.textProperty().bind(viewModel.summaryProperty());
        figures.textProperty().bind(viewModel.figuresProperty());
        viewModel.shiftTestShownProperty().addListener((observable, old, shown) -> footerShown());
        message.textProperty().bind(viewModel.messageProperty());
        reportMessage.textProperty().bind(report.messageProperty());
        for (var label : new Label[] {message, reportMessage}) {
            label.managedProperty().bind(label.textProperty().isNotEmpty());
        }
        shiftTest.setText(ChartReport.shiftTestSentence());
        viewModel.drawnProperty().addListener((observable, old, drawn) -> show(drawn.chart()));
        // A chart drawn before this view was made (the theme draws it afresh at start) is shown too.
        if (viewModel.drawnProperty().get() != null) {
            show(viewModel.drawnProperty().get().chart());
        }
    }

    /**
     * The chart, never shorter than its rows need: the charts scroll rather than draw a row's labels over the
     * next.
     */
    private void show(JFreeChart chart) {
        viewer.setMinHeight(Charts.minimumHeight(chart));
        viewer.setChart(chart);
    }

    /**
     * An empty, see-through region beside the chart in its holder that gives the holder its least height in the
     * text's units (its style sheet), so that the holder is as tall as the larger of that and the chart's rows.
     */
    private static Region heightFloor() {
        var floor = new Region();
        floor.getStyleClass().add("chart-height-floor");
        floor.setMouseTransparent(true);
        return floor;
    }

    /** The cuts of short sleep and high stress, beside the thresholds while the Factors chart is shown. */
    private void bindFactorCuts() {
        shortSleep.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.5, 24,
                viewModel.shortSleepHoursProperty().get(), 0.5));
        shortSleep.valueProperty().addListener((o, old, value) -> viewModel.shortSleepHoursProperty().set(value));
        highStress.valueProperty().addListener((o, old, value) -> viewModel.highStressProperty().set(value));
        var shown = viewModel.kindProperty().isEqualTo(ChartKind.FACTORS);
        factorCuts.visibleProperty().bind(shown);
        factorCuts.managedProperty().bind(shown);
    }

    /** Selects the kind's button, and shows the evidence view under the chart while the evidence chart is shown. */
    private void kindShown(ChartKind kind) {
        kinds.forEach((toggle, itsKind) -> toggle.setSelected(itsKind == kind));
        boolean evidenceShown = kind == ChartKind.EVIDENCE;
        if (evidenceShown && !chartSplit.getItems().contains(evidence)) {
            chartSplit.getItems().add(evidence);
            chartSplit.setDividerPositions(EVIDENCE_DIVIDER);
        } else if (!evidenceShown) {
            chartSplit.getItems().remove(evidence);
        }
        footerShown();
    }

    /** Under every chart but the evidence one (whose view says it all), the figures once; the shift test's sentence
     * only where its figure is. */
    private void footerShown() {
        boolean evidenceShown = viewModel.kindProperty().get() == ChartKind.EVIDENCE;
        for (var label : new Label[] {summary, figures}) {
            label.setVisible(!evidenceShown);
            label.setManaged(!evidenceShown);
        }
        boolean shift = !evidenceShown && viewModel.shiftTestShownProperty().get();
        shiftTest.setVisible(shift);
        shiftTest.setManaged(shift);
    }

    @FXML
    private void exportPng() {
        var drawn = viewModel.drawnProperty().get();
        if (drawn == null) {
            return;
        }
        var chooser = new FileChooser();
        chooser.setTitle("Export Chart as PNG");
        chooser.setInitialFileName("headback-" + drawn.kind().code() + "-" + drawn.input().range().to() + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG images (*.png)", "*.png"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            var size = sizeBox.getValue();
            viewModel.export(file.toPath(), size.width(), size.height());
        }
    }

    @FXML
    private void beforeAfter() {
        BeforeAfterDialog.show(root.getScene().getWindow(), viewModel.beforeAfter());
    }

    @FXML
    private void report() {
        ReportAction.run(root.getScene().getWindow(), viewModel, report);
    }

    @FXML
    private void copy() {
        var size = sizeBox.getValue();
        viewModel.image(size.width(), size.height(), image -> {
            var content = new ClipboardContent();
            content.putImage(SwingFXUtils.toFXImage(image, null));
            Clipboard.getSystemClipboard().setContent(content);
        });
    }
}
