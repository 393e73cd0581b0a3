package org.headback.ui.reader;

import java.io.File;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The reader's dialogs: choosing files to add and confirming a removal. */
public final class ReaderDialogs {
    private ReaderDialogs() {
    }

    /** Lets the user pick article files and hands them to the view-model. */
    public static void chooseAndAdd(Window owner, ReaderViewModel viewModel) {
        var chooser = new FileChooser();
        chooser.setTitle("Add Article");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles (*.txt, *.md, *.html)",
                        "*.txt", "*.md", "*.markdown", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            viewModel.addArticles(files.stream().map(File::toPath).toList());
        }
    }

    /** Asks before removing the open article, which must be one of the user's. */
    public static void confirmAndRemove(Window owner, ReaderViewModel viewModel) {
        var article = viewModel.selectedProperty().get();
        if (article == null || !article.isUserArticle()) {
            return;
        }
        var remove = new ButtonType("Remove", ButtonBar.ButtonData.OK_DONE);
        var alert = new Alert(Alert.AlertType.CONFIRMATION,
                "“" + article.title() + "” will be removed from your library. The file you added it from stays "
                        + "where it is.", remove, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Remove Article");
        alert.setHeaderText("Remove “" + article.title() + "”?");
        alert.showAndWait().filter(remove::equals).ifPresent(button -> viewModel.removeSelected());
    }
}
