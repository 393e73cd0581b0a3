package org.headback.ui.diary;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;

/**
 * Ties a 0–10 slider and a text field to one text value: moving the slider writes the number, typing a valid
 * number moves the slider, and anything typed stays as typed so the editor can say what is wrong with it.
 */
final class ScaleInput {
    private boolean updating;

    private ScaleInput() {
    }

    static void bind(Slider slider, TextField field, StringProperty value, Runnable commit) {
        var input = new ScaleInput();
        field.textProperty().bindBidirectional(value);
        value.addListener((observable, old, text) -> input.moveSlider(slider, text));
        input.moveSlider(slider, value.get());
        slider.valueProperty().addListener((observable, old, number) -> {
            if (!input.updating) {
                value.set(Integer.toString((int) Math.round(number.doubleValue())));
            }
        });
        slider.valueChangingProperty().addListener((observable, was, changing) -> {
            if (!changing) {
                commit.run();
            }
        });
        slider.setOnMouseReleased(event -> commit.run());
        slider.setOnKeyReleased(event -> commit.run());
    }

    private void moveSlider(Slider slider, String text) {
        try {
            double number = Integer.parseInt(text == null ? "" : text.strip());
            if (number >= slider.getMin() && number <= slider.getMax() && number != slider.getValue()) {
                updating = true;
                slider.setValue(number);
            }
        } catch (NumberFormatException e) {
            // The text is not a number yet; the slider stays where it was and the field shows the problem.
            return;
        } finally {
            updating = false;
        }
    }
}
