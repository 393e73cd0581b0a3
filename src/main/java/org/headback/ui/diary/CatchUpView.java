package org.headback.ui.diary;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.headback.text.Dates;

/**
 * The list of days to catch up on, made for the keyboard: two scores and Enter, or N for nothing to note, each day
 * saved at once and the cursor on the next; Up and Down move between days; a day skipped stays not recorded.
 */
public final class CatchUpView {
    private static final int FIRST_ROW = 1;
    private static final int SHOWN_ROWS = 8;
    private static final double ROW_HEIGHT_EM = 3;

    private final CatchUpViewModel catchUp;
    private final VBox root = new VBox();
    private final GridPane grid = new GridPane();
    /** Each day's two score fields, in the list's order. */
    private final List<TextField[]> fields = new ArrayList<>();

    private CatchUpView(CatchUpViewModel catchUp) {
        this.catchUp = catchUp;
    }

    /** The list of the rows {@link CatchUpViewModel#open} made. */
    public static CatchUpView of(CatchUpViewModel catchUp) {
        var view = new CatchUpView(catchUp);
        view.build();
        return view;
    }

    private void build() {
        root.getStyleClass().add("catch-up-view");
        root.getStylesheets().add(CatchUpView.class.getResource("CatchUpView.css").toExternalForm());
        var help = new Label("Type the back pain and the headache (0 none – 10 worst) and press Enter, or press N "
                + "when there was nothing to note (no back pain, no headache). Up and Down move between days; a day "
                + "you skip stays not recorded.");
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        help.getStyleClass().add("catch-up-help");
        grid.getStyleClass().add("catch-up-grid");
        var stateColumn = new ColumnConstraints();
        stateColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(), new ColumnConstraints(),
                new ColumnConstraints(), stateColumn);
        grid.addRow(0, heading("Day"), heading("Back pain"), heading("Headache"));
        var rows = catchUp.rows();
        for (int i = 0; i < rows.size(); i++) {
            addRow(rows.get(i), i);
        }
        grid.addEventFilter(KeyEvent.KEY_TYPED, this::onlyDigits);
        grid.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        var scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        double em = help.getFont().getSize();
        scroll.setPrefViewportHeight(em * ROW_HEIGHT_EM * (Math.min(rows.size(), SHOWN_ROWS) + 1));
        root.getChildren().addAll(help, scroll);
    }

    private static Label heading(String text) {
        var label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("catch-up-heading");
        return label;
    }

    private void addRow(CatchUpRow row, int index) {
        var day = new Label(Dates.ofUser().withWeekday(row.date()));
        day.setMinWidth(Region.USE_PREF_SIZE);
        var back = score(row, "Back pain", index);
        back.textProperty().bindBidirectional(row.backPainProperty());
        var head = score(row, "Headache", index);
        head.textProperty().bindBidirectional(row.headacheProperty());
        var nothing = new Button("Nothing to Note (N)");
        nothing.setMinWidth(Region.USE_PREF_SIZE);
        nothing.setUserData(index);
        nothing.setAccessibleText("Nothing to note on " + day.getText() + ": no back pain, no headache");
        nothing.setOnAction(event -> nothingToNote(index));
        nothing.disableProperty().bind(row.doneProperty().or(row.savingProperty()));
        var state = new Label();
        state.setWrapText(true);
        state.setMinHeight(Region.USE_PREF_SIZE);
        state.textProperty().bind(row.stateProperty());
        state.getStyleClass().add("catch-up-state");
        row.doneProperty().addListener((observable, was, done) -> state.getStyleClass().add("done"));
        fields.add(new TextField[] {back, head});
        grid.addRow(FIRST_ROW + index, day, back, head, nothing, state);
    }

    private static TextField score(CatchUpRow row, String name, int index) {
        var field = new TextField();
        field.getStyleClass().add("catch-up-score");
        field.setPromptText("–");
        field.setPrefColumnCount(3);
        field.setUserData(index);
        field.setAccessibleText(name + ", " + Dates.ofUser().withWeekday(row.date()));
        field.disableProperty().bind(row.doneProperty().or(row.savingProperty()));
        return field;
    }

    /** Puts the cursor in the first day's back pain. */
    void focusFirst() {
        focusRow(0, 1, 0);
    }

    /** The scores take digits only: N and the other keys are the list's. */
    private void onlyDigits(KeyEvent event) {
        var typed = event.getCharacter();
        if (event.getTarget() instanceof TextField && !typed.isEmpty() && !Character.isDigit(typed.charAt(0))
                && !Character.isISOControl(typed.charAt(0))) {
            event.consume();
        }
    }

    private void onKey(KeyEvent event) {
        if (!(event.getTarget() instanceof Node node) || !(node.getUserData() instanceof Integer index)
                || event.isControlDown() || event.isAltDown() || event.isShortcutDown()) {
            return;
        }
        int column = event.getTarget() == fields.get(index)[1] ? 1 : 0;
        switch (event.getCode()) {
            case N -> nothingToNote(index);
            case ENTER -> {
                if (node instanceof Button button) {
                    button.fire();
                } else {
                    record(index);
                }
            }
            case UP -> focusRow(index - 1, -1, column);
            case DOWN -> focusRow(index + 1, 1, column);
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void nothingToNote(int index) {
        catchUp.nothingToNote(catchUp.rows().get(index));
        focusRow(index + 1, 1, 0);
    }

    private void record(int index) {
        var row = catchUp.rows().get(index);
        catchUp.record(row);
        if (row.savingProperty().get() || row.doneProperty().get()) {
            focusRow(index + 1, 1, 0);
        }
    }

    /** The cursor in a day still open, from {@code index} on in the direction {@code step}; stays put if none. */
    private void focusRow(int index, int step, int column) {
        for (int i = index; i >= 0 && i < fields.size(); i += step) {
            if (!catchUp.rows().get(i).doneProperty().get() && !catchUp.rows().get(i).savingProperty().get()) {
                fields.get(i)[column].requestFocus();
                return;
            }
        }
    }

    public Node root() {
        return root;
    }
}
