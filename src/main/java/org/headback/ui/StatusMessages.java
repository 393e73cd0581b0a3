package org.headback.ui;

/**
 * The one way a view-model tells the user what became of something: it says what happened, and the window decides
 * where that is shown (see {@link WindowMessages}).
 */
public interface StatusMessages {
    /** Something done, such as a file written or an article added. */
    void tell(String text);

    /** Something refused or cancelled, which changed nothing. */
    void warn(String text);

    /** Work that failed, with the reason. */
    void failure(String text);

    /** Takes the message back, when what it said is no longer so. */
    void clear();
}
