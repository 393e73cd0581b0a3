package org.headback.ui.diary;

import org.headback.diary.FactorEffect;

/** How the entry names what a factor does to the back: on its chip, in its menu, and for a new factor. */
final class FactorWords {
    private FactorWords() {
    }

    /** The small word on a chip of the back pain's factors. */
    static String mark(FactorEffect effect) {
        return switch (effect) {
            case NONE -> "";
            case EASES_BACK_PAIN -> "eases";
            case WORSENS_BACK_PAIN -> "worsens";
        };
    }

    /** What a screen reader says after the factor's name. */
    static String spoken(FactorEffect effect) {
        return switch (effect) {
            case NONE -> "no effect on the back";
            case EASES_BACK_PAIN -> "eases the back";
            case WORSENS_BACK_PAIN -> "worsens the back";
        };
    }

    /** A choice in the factor's menu. */
    static String choice(FactorEffect effect) {
        return switch (effect) {
            case NONE -> "Neither";
            case EASES_BACK_PAIN -> "Eases the back";
            case WORSENS_BACK_PAIN -> "Worsens the back";
        };
    }

    /** A choice beside the field for a new factor. */
    static String newFactor(FactorEffect effect) {
        return switch (effect) {
            case NONE -> "Back: neither";
            case EASES_BACK_PAIN -> "Back: eases";
            case WORSENS_BACK_PAIN -> "Back: worsens";
        };
    }

    static String styleClass(FactorEffect effect) {
        return effect == FactorEffect.EASES_BACK_PAIN ? "eases" : "worsens";
    }
}
