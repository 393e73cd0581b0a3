package org.headback.ui.diary;

import java.util.Set;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;

/**
 * Ties a 0–10 slider and a text field to one text value: moving the slider writes the number, typing a valid
 * number moves the slider, and anything typed stays as typed so the editor can say what is wrong with it. While the
 * text is not a number from 0 to 10 (nothing recorded, or a wrong value typed) the slider shows no value: it is marked
 * {@code unset}, its thumb hidden, so it never seems to hold a value the day does not have.
 */
final class ScaleInput {
    /** The style class of a slider that shows no value. */
    static final String UNSET = "unset";
    private static final Set<KeyCode> MOVING_KEYS = Set.of(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN,
            KeyCode.HOME, KeyCode.END, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN);

    private final Slider slider;
    private final StringProperty value;
    private final String name;
    private boolean updating;

    private ScaleInput(Slider slider, StringProperty value) {
        this.slider = slider;
        this.value = value;
        this.name = slider.getAccessibleText();
    }

    static void bind(Slider slider, TextField field, StringProperty value, Runnable commit) {
        var input = new ScaleInput(slider, value);
        field.textProperty().bindBidirectional(value);
        field.setPromptText("–");
        value.addListener((observable, old, text) -> input.moveSlider(text));
        input.moveSlider(value.get());
        slider.valueProperty().addListener((observable, old, number) -> {
            if (!input.updating) {
                input.write();
            }
        });
        slider.valueChangingProperty().addListener((observable, was, changing) -> {
            if (!changing) {
                commit.run();
            }
        });
        // Pressed, the slider takes the keyboard, so that the arrow keys move it rather than whatever had the focus.
        slider.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> slider.requestFocus());
        // A slider that shows no value takes one where it is pressed, even where its hidden thumb already was.
        slider.setOnMouseReleased(event -> {
            input.writeIfUnset();
            commit.run();
        });
        slider.setOnKeyReleased(event -> {
            if (MOVING_KEYS.contains(event.getCode())) {
                input.writeIfUnset();
                commit.run();
            }
        });
    }

    private void write() {
        value.set(Integer.toString((int) Math.round(slider.getValue())));
    }

    private void writeIfUnset() {
        if (slider.getStyleClass().contains(UNSET)) {
            write();
        }
    }

    private void moveSlider(String text) {
        var number = number(text);
        slider.getStyleClass().remove(UNSET);
        if (number < 0) {
            slider.getStyleClass().add(UNSET);
            slider.setAccessibleHelp(name + ": not set");
            return;
        }
        slider.setAccessibleHelp(null);
        if (number != slider.getValue()) {
            updating = true;
            try {
                slider.setValue(number);
            } finally {
                updating = false;
            }
        }
    }

    /** The whole number from 0 to 10 the text holds, or -1. */
    private int number(String text) {
        try {
            int number = Integer.parseInt(text == null ? "" : text.strip());
            return number >= slider.getMin() && number <= slider.getMax() ? number : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
