package org.headback.diary;

import org.headback.text.Coded;

/** Where the back hurt. */
public enum BackLocation implements Coded {
    LOWER_BACK, UPPER_BACK, NECK
}
