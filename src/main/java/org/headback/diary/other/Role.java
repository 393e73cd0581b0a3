package org.headback.diary.other;

import java.util.List;
import org.headback.text.Coded;

/**
 * What one of another diary's trackables becomes in HeadBack. Scores become back pain, headache or migraine (a
 * migraine is a headache whose kind is migraine); medicines become medications, tags factors; anything may be left
 * out. The code is the command line's ({@code --map back_pain=NAME}).
 */
public enum Role implements Coded {
    BACK_PAIN, HEADACHE, MIGRAINE, MEDICATION, FACTOR, NOT_USED;

    /** The roles a trackable of this kind can take, the one it cannot do without last. */
    public static List<Role> fitting(Trackable.Kind kind) {
        return switch (kind) {
            case SCORE -> List.of(BACK_PAIN, HEADACHE, MIGRAINE, NOT_USED);
            case MEDICINE -> List.of(MEDICATION, NOT_USED);
            case TAG -> List.of(FACTOR, NOT_USED);
        };
    }

    /** A role that gives the day a headache score. */
    public boolean isHeadache() {
        return this == HEADACHE || this == MIGRAINE;
    }
}
