package org.headback.ui.diary;

import static org.headback.ui.Nodes.atPreferredWidth;
import static org.headback.ui.Nodes.button;
import static org.headback.ui.Nodes.id;
import static org.headback.ui.Nodes.sheet;
import static org.headback.ui.Nodes.widening;
import static org.headback.ui.Nodes.wrapping;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.headback.ui.Nodes;

/**
 * While some of the last two weeks' days are not recorded, the calm line below the menu that offers to catch up on
 * them; Alt+U opens the list.
 */
public final class CatchUpLineView {
    private final DiaryViewModel diary;
    private final CatchUpViewModel catchUp;
    private final Label lineText = id("lineText", widening(wrapping(null, "catch-up-text")));
    private final HBox root = sheet(Nodes.row("catch-up-line", lineText,
            id("catchUpButton", atPreferredWidth(button("Catch _Up…", this::catchUp))),
            atPreferredWidth(button("Not Now", this::dismiss, "catch-up-dismiss"))), getClass(), "CatchUpView.css");

    public CatchUpLineView(DiaryViewModel diary) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.catchUp = diary.catchUp();
        lineText.textProperty().bind(catchUp.lineProperty());
        // A diary with no day of the last year has its first steps to show instead.
        var shown = catchUp.lineShownProperty().and(Bindings.isNotEmpty(diary.recentDays()));
        root.visibleProperty().bind(shown);
        root.managedProperty().bind(shown);
    }

    public Parent root() {
        return root;
    }

    private void catchUp() {
        if (!catchUp.missed().isEmpty()) {
            catchUp.open();
            DiaryDialogs.showCatchUp(root.getScene().getWindow(), CatchUpView.of(catchUp));
        }
    }

    private void dismiss() {
        catchUp.dismiss();
    }
}
