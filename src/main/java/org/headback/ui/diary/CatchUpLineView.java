package org.headback.ui.diary;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The line below the menu that offers to catch up on the days not recorded; Alt+U opens the list. */
public final class CatchUpLineView {
    @FXML
    private HBox root;
    @FXML
    private Label lineText;

    private final DiaryViewModel diary;
    private final CatchUpViewModel catchUp;

    public CatchUpLineView(DiaryViewModel diary) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.catchUp = diary.catchUp();
    }

    @FXML
    private void initialize() {
        lineText.textProperty().bind(catchUp.lineProperty());
        // A diary with no day of the last year has its first steps to show instead.
        var shown = catchUp.lineShownProperty().and(Bindings.isNotEmpty(diary.recentDays()));
        root.visibleProperty().bind(shown);
        root.managedProperty().bind(shown);
    }

    @FXML
    private void catchUp() {
        if (!catchUp.missed().isEmpty()) {
            catchUp.open();
            DiaryDialogs.showCatchUp(root.getScene().getWindow(), CatchUpView.of(catchUp));
        }
    }

    @FXML
    private void dismiss() {
        catchUp.dismiss();
    }
}
