package org.headback.ui;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;

/**
 * Whether a condition has held for a while: true once it has been true for the whole delay, false as soon as it is
 * not. The status bar's spinner and its words follow it, so that they show work that lasts and do not flicker for
 * every short read or save (the start's reads made them blink for a fraction of a second).
 */
final class HeldFor {
    private final PauseTransition pause;
    private final ReadOnlyBooleanWrapper held = new ReadOnlyBooleanWrapper(this, "held");

    /** Keep the instance: the condition may be a binding that only it holds (through the pause's action). */
    HeldFor(ObservableBooleanValue condition, Duration delay) {
        pause = new PauseTransition(delay);
        pause.setOnFinished(event -> held.set(condition.get()));
        condition.addListener((observable, was, holds) -> follow(holds));
        follow(condition.get());
    }

    private void follow(boolean holds) {
        if (holds) {
            pause.playFromStart();
        } else {
            pause.stop();
            held.set(false);
        }
    }

    ReadOnlyBooleanProperty heldProperty() {
        return held.getReadOnlyProperty();
    }
}
