package org.headback.diary.other;

import org.headback.text.Coded;

/**
 * The app a diary file was written by: HeadBack itself, or one of the diaries HeadBack reads the exports of. The
 * code names it on the command line ({@code --format flaredown}); the label is the app's name.
 */
public enum Source implements Coded {
    HEADBACK, FLAREDOWN, BEARABLE, HEADI
}
