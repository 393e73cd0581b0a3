package org.headback.ui.diary;

import java.util.LinkedHashMap;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/**
 * The warning signs in the day's entry: a collapsible checklist whose heading counts the signs ticked (it stays open
 * or closed as the user left it), and a banner at the top of the entry that says to seek medical help now while any
 * sign is ticked. A tick is saved at once, like a toggle.
 */
final class WarningSignChecklist {
    private WarningSignChecklist() {
    }

    static void bind(DayEditorViewModel editor, VBox banner, Label bannerTitle, Label bannerText, TitledPane pane,
                     VBox checks) {
        var list = editor.warningSignList();
        bannerTitle.setText("⚠ " + list.bannerTitle());
        bannerText.setText(list.bannerText());
        banner.visibleProperty().bind(editor.warningShownProperty());
        banner.managedProperty().bind(editor.warningShownProperty());
        banner.setAccessibleText(list.bannerTitle() + ". " + list.bannerText());

        var boxes = new LinkedHashMap<String, CheckBox>();
        for (var sign : list.all()) {
            var box = new CheckBox(sign.label());
            box.setWrapText(true);
            box.setUserData(sign.code());
            box.getStyleClass().add("warning-sign-check");
            box.setOnAction(event -> {
                editor.tickWarningSign(sign.code(), box.isSelected());
                editor.commit();
            });
            boxes.put(sign.code(), box);
        }
        checks.getChildren().setAll(boxes.values());
        pane.textProperty().bind(Bindings.createStringBinding(() -> editor.warningSigns().isEmpty()
                ? list.checklistTitle() : "⚠ " + list.checklistTitle() + " (" + editor.warningSigns().size()
                + " ticked)", editor.warningSigns()));
        editor.warningSigns().addListener((SetChangeListener<String>) change ->
                boxes.forEach((code, box) -> box.setSelected(editor.warningSigns().contains(code))));
    }
}
