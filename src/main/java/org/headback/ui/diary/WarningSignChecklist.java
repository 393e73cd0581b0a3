package org.headback.ui.diary;

import java.util.LinkedHashMap;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.headback.diary.WarningSign;
import org.headback.diary.WarningSigns;

/**
 * The warning signs in the day's entry, always open under the two severities: the back-pain list and the headache
 * list, each under its heading, and right above them, next to what was ticked, the banner that says to seek medical
 * help now while any sign is ticked. A tick is saved at once, like a toggle.
 */
final class WarningSignChecklist {
    private WarningSignChecklist() {
    }

    static void bind(DayEditorViewModel editor, Label title, VBox banner, Label bannerTitle, Label bannerText,
                     VBox checks) {
        var list = WarningSigns.catalogue();
        bannerTitle.setText("⚠ " + list.bannerTitle());
        bannerText.setText(list.bannerText());
        banner.visibleProperty().bind(editor.warningShownProperty());
        banner.managedProperty().bind(editor.warningShownProperty());
        banner.setAccessibleText(list.bannerTitle() + ". " + list.bannerText());
        title.textProperty().bind(Bindings.createStringBinding(() -> editor.warningSigns().isEmpty()
                ? list.checklistTitle() : "⚠ " + list.checklistTitle() + " (" + editor.warningSigns().size()
                + " ticked)", editor.warningSigns()));

        var boxes = new LinkedHashMap<String, CheckBox>();
        checks.getChildren().clear();
        for (var area : WarningSign.Area.values()) {
            var heading = new Label(list.heading(area));
            heading.getStyleClass().add("warning-signs-heading");
            checks.getChildren().add(heading);
            for (var sign : list.of(area)) {
                var box = checkBox(editor, sign);
                boxes.put(sign.code(), box);
                checks.getChildren().add(box);
            }
        }
        // Made when the day shown may already have signs: the boxes start from them, then follow them.
        Runnable tick = () -> boxes.forEach((code, box) -> box.setSelected(editor.warningSigns().contains(code)));
        tick.run();
        editor.warningSigns().addListener((SetChangeListener<String>) change -> tick.run());
    }

    private static CheckBox checkBox(DayEditorViewModel editor, WarningSign sign) {
        var box = new CheckBox(sign.label());
        box.setWrapText(true);
        box.setMinHeight(CheckBox.USE_PREF_SIZE);
        box.setUserData(sign.code());
        box.getStyleClass().add("warning-sign-check");
        var tip = new Tooltip("Source: " + sign.source());
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        box.setTooltip(tip);
        box.setOnAction(event -> {
            editor.tickWarningSign(sign.code(), box.isSelected());
            editor.commit();
        });
        return box;
    }
}
